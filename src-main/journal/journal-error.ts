import { basename } from 'node:path';
import { ipcFailure, type IpcFailure } from '../ipc/ipc-result';

/**
 * Why the journal could not be read or written, in words an officer can act on. A failed append
 * means the decision is not saved, and the message says so, so the screen never claims otherwise.
 */
export function describeJournalError(
  error: unknown,
  journalPath: string,
  action: 'read' | 'write',
): IpcFailure {
  const code = errnoCode(error);
  const name = basename(journalPath);
  const consequence =
    action === 'write' ? 'The decision is not saved yet.' : 'Saved decisions cannot be checked.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return ipcFailure(
        'DISK_FULL',
        `The disk is full, so the decision journal (${name}) cannot grow. ${consequence} Free some disk space and try again.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return ipcFailure(
        'PERMISSION_DENIED',
        `Border Post may not use its decision journal at ${journalPath}. ${consequence} Ask IT to restore access to that folder.`,
      );
    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return action === 'write'
        ? ipcFailure(
            'WRITE_FAILED',
            `The decision journal (${name}) could not be written: ${reason}. ${consequence}`,
          )
        : ipcFailure(
            'READ_FAILED',
            `The decision journal (${name}) could not be read: ${reason}. ${consequence}`,
          );
    }
  }
}

export const errnoCode = (error: unknown): unknown =>
  error instanceof Error && 'code' in error ? error.code : undefined;
