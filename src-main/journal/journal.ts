import { dirname } from 'node:path';
import { DecisionCommand, type DecisionId } from '@shared/domain/decision';
import type { IpcResponse } from '@shared/ipc/contract';
import { ok, type Result } from '@shared/util/result';
import { ipcFailure, type IpcFailure } from '../ipc/ipc-result';
import { describeJournalError, errnoCode } from './journal-error';
import { encodeJournalLine } from './journal-line';
import { scanJournal, type JournalLineProblem } from './scan';

/** The file-handle calls the journal needs; a node:fs/promises FileHandle in production. */
export type JournalFile = {
  stat(): Promise<{ size: number }>;
  appendFile(data: string): Promise<void>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
};

/** The file-system calls the journal needs; node:fs/promises in production. */
export type JournalFileSystem = {
  open(path: string, flags: 'a' | 'r' | 'r+'): Promise<JournalFile>;
  readFile(path: string): Promise<Uint8Array>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
};

export type DecisionJournalOptions = {
  /** The journal file, e.g. <userData>/decision-journal.jsonl. */
  path: string;
  fs: JournalFileSystem;
};

export type DecisionJournal = {
  appendDecision(command: DecisionCommand): Promise<IpcResponse<'journal:append'>>;
  readJournal(): Promise<IpcResponse<'journal:read'>>;
};

/** What the journal knows once it has read its file: which decisions are already in it. */
type Known = { exists: boolean; decisionIds: Set<DecisionId> };

type Loaded = { known: Known; commands: DecisionCommand[]; problems: JournalLineProblem[] };

// Platforms and file systems that cannot fsync a directory answer with one of these; there the
// file's own fsync is all the durability on offer.
const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP', 'EBADF']);

/**
 * The main process's copy of every decision: an append-only JSON Lines file, one checksummed
 * command per line. An append resolves only after the line has been fsync'ed, so "saved" on
 * screen means on disk. Appends and reads run one at a time, in call order, so lines never
 * interleave and a read never sees half an append.
 */
export function createDecisionJournal({ path, fs }: DecisionJournalOptions): DecisionJournal {
  let known: Known | null = null;
  /** Torn tails cut off while loading for an append: the next read reports them. */
  let unreportedRepairs: JournalLineProblem[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  const serialised = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Reads and checks the whole file, cutting off a torn final line so appends start clean. */
  async function load(): Promise<Result<Loaded, IpcFailure['error']>> {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(path);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') return describeJournalError(error, path, 'read');
      known = { exists: false, decisionIds: new Set() };
      return ok({ known, commands: [], problems: [] });
    }
    const scan = scanJournal(bytes);
    if (scan.keepLength < bytes.length) {
      try {
        const file = await fs.open(path, 'r+');
        try {
          await file.truncate(scan.keepLength);
          await file.sync();
        } finally {
          await file.close();
        }
      } catch (error) {
        return describeJournalError(error, path, 'write');
      }
    }
    unreportedRepairs = [
      ...unreportedRepairs,
      ...scan.problems.filter((problem) => problem.code === 'TORN_TAIL'),
    ];
    known = { exists: true, decisionIds: new Set(scan.commands.map((command) => command.decisionId)) };
    return ok({
      known,
      commands: scan.commands,
      problems: scan.problems.filter((problem) => problem.code !== 'TORN_TAIL'),
    });
  }

  async function syncDirectory(): Promise<void> {
    let directory: JournalFile;
    try {
      directory = await fs.open(dirname(path), 'r');
    } catch (error) {
      if (DIRECTORY_SYNC_UNSUPPORTED.has(String(errnoCode(error)))) return;
      throw error;
    }
    try {
      await directory.sync();
    } catch (error) {
      if (!DIRECTORY_SYNC_UNSUPPORTED.has(String(errnoCode(error)))) throw error;
    } finally {
      await directory.close();
    }
  }

  async function append(command: DecisionCommand): Promise<IpcResponse<'journal:append'>> {
    let journal = known;
    if (journal === null) {
      const loaded = await load();
      if (!loaded.ok) return loaded;
      journal = loaded.value.known;
    }
    if (journal.decisionIds.has(command.decisionId)) return ok({ appended: false });

    let file: JournalFile;
    try {
      if (!journal.exists) {
        // A new file is durable only once its directory entry is: create it, fsync the
        // directory, and only then write the first decision into it.
        await fs.mkdir(dirname(path), { recursive: true });
        await (await fs.open(path, 'a')).close();
        await syncDirectory();
        journal.exists = true;
      }
      file = await fs.open(path, 'a');
    } catch (error) {
      return describeJournalError(error, path, 'write');
    }

    let previousLength: number | undefined;
    try {
      previousLength = (await file.stat()).size;
      await file.appendFile(`${encodeJournalLine(command)}\n`);
      await file.sync();
    } catch (error) {
      await rollBack(file, previousLength);
      return describeJournalError(error, path, 'write');
    } finally {
      await file.close().catch(() => undefined);
    }
    journal.decisionIds.add(command.decisionId);
    return ok({ appended: true });
  }

  /** Cuts a failed append back off; should even that fail, the next load cuts the torn tail. */
  async function rollBack(file: JournalFile, previousLength: number | undefined): Promise<void> {
    known = null;
    if (previousLength === undefined) return;
    try {
      await file.truncate(previousLength);
      await file.sync();
    } catch {
      // The append already answers with its own error; the file is repaired on the next load.
    }
  }

  async function read(): Promise<IpcResponse<'journal:read'>> {
    const loaded = await load();
    if (!loaded.ok) return loaded;
    const problems = [...unreportedRepairs, ...loaded.value.problems].sort((a, b) => a.line - b.line);
    unreportedRepairs = [];
    return ok({ commands: loaded.value.commands, problems });
  }

  return {
    appendDecision: (candidate) =>
      serialised(async () => {
        // Main's IPC dispatcher has parsed this already; parsed again because this is the line
        // that makes it permanent, and other main-process callers have no dispatcher.
        const parsed = DecisionCommand.safeParse(candidate);
        if (!parsed.success) {
          return ipcFailure('BAD_REQUEST', 'Only a valid decision command can be journalled.');
        }
        return append(parsed.data);
      }),
    readJournal: () => serialised(read),
  };
}
