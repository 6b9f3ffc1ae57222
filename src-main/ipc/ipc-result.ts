/** The failure half of every channel's Result, as it crosses IPC. */
export type IpcFailure = { ok: false; error: { code: IpcErrorCode; message: string } };

export type IpcErrorCode =
  | 'FORBIDDEN_SENDER'
  | 'BAD_REQUEST'
  | 'INTERNAL'
  | 'OPEN_EXTERNAL_FAILED'
  | 'DISK_FULL'
  | 'PERMISSION_DENIED'
  | 'FILE_IN_USE'
  | 'WRITE_FAILED'
  | 'READ_FAILED';

export const ipcFailure = (code: IpcErrorCode, message: string): IpcFailure => ({
  ok: false,
  error: { code, message },
});
