import { randomUUID } from 'node:crypto';
import { basename, dirname, extname, join } from 'node:path';
import type { IpcResponse, SaveFileRequest } from '@shared/ipc/contract';
import { ok } from '@shared/util/result';
import { ipcFailure, type IpcFailure } from './ipc-result';

/** Electron's dialog.showSaveDialog, bound to the main window by the caller. */
export type ShowSaveDialog = (options: {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}) => Promise<{ canceled: boolean; filePath?: string }>;

/** The file-system calls saving needs; node:fs/promises in production. */
export type SaveFileSystem = {
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
};

export type SaveFileDeps = {
  showSaveDialog: ShowSaveDialog;
  fs: SaveFileSystem;
  /** Where the dialog opens, e.g. app.getPath('documents'). */
  defaultDirectory: string;
};

function filtersFor(suggestedName: string) {
  const extension = extname(suggestedName).slice(1).toLowerCase();
  return extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [];
}

/** Translates the errors an officer can do something about into words they can act on. */
export function describeWriteError(error: unknown, filePath: string): IpcFailure {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const name = basename(filePath);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return ipcFailure(
        'DISK_FULL',
        `There is not enough disk space to save ${name}. Free some space or choose another drive.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return ipcFailure(
        'PERMISSION_DENIED',
        `Border Post may not write to ${dirname(filePath)}. Choose another folder.`,
      );
    case 'EBUSY':
      return ipcFailure('FILE_IN_USE', `${name} is open in another program. Close it and save again.`);
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return ipcFailure('WRITE_FAILED', `${name} could not be saved: ${reason}`);
    }
  }
}

/**
 * Asks where to save, then writes beside the target and renames over it, so a full disk or a
 * crash leaves either the old file or the new one, never half a shift report.
 */
export function createSaveFile({ showSaveDialog, fs, defaultDirectory }: SaveFileDeps) {
  return async (request: SaveFileRequest): Promise<IpcResponse<'host:save-file'>> => {
    const choice = await showSaveDialog({
      defaultPath: join(defaultDirectory, request.suggestedName),
      filters: filtersFor(request.suggestedName),
    });
    if (choice.canceled || !choice.filePath) return ok({ saved: false, path: null });

    const target = choice.filePath;
    const partial = join(dirname(target), `.${basename(target)}.${randomUUID()}.partial`);
    try {
      await fs.writeFile(partial, request.content);
      await fs.rename(partial, target);
    } catch (error) {
      await fs.rm(partial, { force: true }).catch(() => undefined);
      return describeWriteError(error, target);
    }
    return ok({ saved: true, path: target });
  };
}
