import { mkdir, mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DecisionCommand } from '@shared/domain/decision';
import { sampleDecision } from '@shared/journal/decision-fixtures';
import { createDecisionJournal, type JournalFile, type JournalFileSystem } from './journal';
import { encodeJournalLine } from './journal-line';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'border-post-journal-'));
  path = join(dir, 'decision-journal.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const realFs: JournalFileSystem = { open, readFile, mkdir };
const lineOf = (command: DecisionCommand) => `${encodeJournalLine(command)}\n`;
const errnoError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** Real files, with every handle call recorded and any of them replaceable. */
function instrumentedFs(wrap: (file: JournalFile, target: string) => Partial<JournalFile> = () => ({})) {
  const events: string[] = [];
  const name = (target: string) => (target === path ? 'journal' : target === dir ? 'directory' : target);
  const fs: JournalFileSystem = {
    ...realFs,
    open: async (target, flags) => {
      const file = await open(target, flags);
      events.push(`open ${name(target)} ${flags}`);
      const record =
        <A extends unknown[], R>(label: string, call: (...args: A) => Promise<R>) =>
        async (...args: A) => {
          events.push(`${label} ${name(target)}`);
          return call(...args);
        };
      const real: JournalFile = {
        stat: () => file.stat(),
        appendFile: (data) => file.appendFile(data),
        sync: () => file.sync(),
        truncate: (length) => file.truncate(length),
        close: () => file.close(),
      };
      const handle = { ...real, ...wrap(real, target) };
      return {
        stat: handle.stat,
        appendFile: record('append', handle.appendFile),
        sync: record('sync', handle.sync),
        truncate: record('truncate', handle.truncate),
        close: record('close', handle.close),
      };
    },
  };
  return { fs, events };
}

describe('the decision journal', () => {
  it('reads back every appended decision, in order, one checksummed line each', async () => {
    const journal = createDecisionJournal({ path, fs: realFs });
    const decisions = [sampleDecision(1), sampleDecision(2, { kind: 'hold', note: 'düşük değer 申告' })];
    for (const decision of decisions)
      expect(await journal.appendDecision(decision)).toEqual({ ok: true, value: { appended: true } });

    expect(await createDecisionJournal({ path, fs: realFs }).readJournal()).toEqual({
      ok: true,
      value: { commands: decisions, problems: [] },
    });
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      v: 1,
      command: decisions[0],
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('reads a journal that does not exist yet as empty, without creating it', async () => {
    expect(await createDecisionJournal({ path, fs: realFs }).readJournal()).toEqual({
      ok: true,
      value: { commands: [], problems: [] },
    });
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('resolves an append only after the line has been fsynced', async () => {
    let syncGate: Promise<void> = Promise.resolve();
    const { fs, events } = instrumentedFs((file, target) =>
      target === path
        ? {
            sync: async () => {
              await syncGate;
              await file.sync();
            },
          }
        : {},
    );
    const journal = createDecisionJournal({ path, fs });
    await journal.appendDecision(sampleDecision(1));
    events.length = 0;
    let releaseSync = () => {};
    syncGate = new Promise((resolve) => (releaseSync = resolve));

    let settled = false;
    const appending = journal.appendDecision(sampleDecision(2)).finally(() => (settled = true));
    while (!events.includes('sync journal')) await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);

    releaseSync();
    expect(await appending).toEqual({ ok: true, value: { appended: true } });
    expect(events).toEqual(['open journal a', 'append journal', 'sync journal', 'close journal']);
  });

  it('fsyncs the directory once, when it creates the file, before writing the first line', async () => {
    const { fs, events } = instrumentedFs();
    const journal = createDecisionJournal({ path, fs });
    await journal.appendDecision(sampleDecision(1));
    await journal.appendDecision(sampleDecision(2));
    const appendOne = ['open journal a', 'append journal', 'sync journal', 'close journal'];
    expect(events).toEqual([
      'open journal a',
      'close journal',
      'open directory r',
      'sync directory',
      'close directory',
      ...appendOne,
      ...appendOne,
    ]);
  });

  it('never interleaves lines, however many appends run at once', async () => {
    const journal = createDecisionJournal({ path, fs: realFs });
    const decisions = Array.from({ length: 200 }, (_, i) =>
      sampleDecision(i + 1, { note: 'x'.repeat(i * 17) }),
    );
    const results = await Promise.all(decisions.map((decision) => journal.appendDecision(decision)));
    expect(results.every((result) => result.ok && result.value.appended)).toBe(true);

    const text = await readFile(path, 'utf8');
    expect(text.split('\n').slice(0, -1)).toEqual(decisions.map(encodeJournalLine));
    expect(await createDecisionJournal({ path, fs: realFs }).readJournal()).toEqual({
      ok: true,
      value: { commands: decisions, problems: [] },
    });
  });

  it('treats a decision it already holds as saved, without writing it twice, also after a restart', async () => {
    const decision = sampleDecision(1);
    const journal = createDecisionJournal({ path, fs: realFs });
    await journal.appendDecision(decision);
    const [again, sameRun] = await Promise.all([
      journal.appendDecision(decision),
      journal.appendDecision({ ...decision }),
    ]);
    const afterRestart = await createDecisionJournal({ path, fs: realFs }).appendDecision(decision);

    expect([again, sameRun, afterRestart]).toEqual(Array(3).fill({ ok: true, value: { appended: false } }));
    expect(await readFile(path, 'utf8')).toBe(lineOf(decision));
  });

  it('refuses something that is not a decision command without touching the disk', async () => {
    const journal = createDecisionJournal({ path, fs: realFs });
    const notADecision = { ...sampleDecision(1), seq: -1 } as DecisionCommand;
    expect(await journal.appendDecision(notADecision)).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'Only a valid decision command can be journalled.' },
    });
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('reading a damaged journal', () => {
  const [one, two, three] = [sampleDecision(1), sampleDecision(2), sampleDecision(3)];

  it('cuts off a torn last line, reports it, and keeps every line before it', async () => {
    const whole = lineOf(one) + lineOf(two);
    await writeFile(path, whole + lineOf(three).slice(0, 90));

    expect(await createDecisionJournal({ path, fs: realFs }).readJournal()).toEqual({
      ok: true,
      value: {
        commands: [one, two],
        problems: [
          {
            line: 3,
            code: 'TORN_TAIL',
            message:
              'The last line was left incomplete by an interrupted write and has been removed: it has no line end.',
          },
        ],
      },
    });
    expect(await readFile(path, 'utf8')).toBe(whole);
  });

  it('cuts off a torn line found by an append, and the next read reports it', async () => {
    await writeFile(path, lineOf(one) + '{"v":1,"comm');
    const journal = createDecisionJournal({ path, fs: realFs });
    expect(await journal.appendDecision(two)).toEqual({ ok: true, value: { appended: true } });

    expect(await journal.readJournal()).toEqual({
      ok: true,
      value: { commands: [one, two], problems: [expect.objectContaining({ line: 2, code: 'TORN_TAIL' })] },
    });
    expect(await readFile(path, 'utf8')).toBe(lineOf(one) + lineOf(two));
    expect(await journal.readJournal()).toEqual({ ok: true, value: { commands: [one, two], problems: [] } });
  });

  it('cuts off a final line of garbage, such as the zeros a crash can leave', async () => {
    await writeFile(path, lineOf(one) + '\0'.repeat(40) + '\n');
    expect(await createDecisionJournal({ path, fs: realFs }).readJournal()).toEqual({
      ok: true,
      value: {
        commands: [one],
        problems: [
          {
            line: 2,
            code: 'TORN_TAIL',
            message:
              'The last line was left incomplete by an interrupted write and has been removed: The line is not valid JSON.',
          },
        ],
      },
    });
    expect(await readFile(path, 'utf8')).toBe(lineOf(one));
  });

  it('reports and skips a corrupt line in the middle, keeping the file and the lines after it', async () => {
    const content = lineOf(one) + 'not json at all\n' + lineOf(three);
    await writeFile(path, content);
    expect(await createDecisionJournal({ path, fs: realFs }).readJournal()).toEqual({
      ok: true,
      value: {
        commands: [one, three],
        problems: [
          { line: 2, code: 'CORRUPT_LINE', message: 'The line is not valid JSON. The line was skipped.' },
        ],
      },
    });
    expect(await readFile(path, 'utf8')).toBe(content);
  });

  it('detects a command altered after it was written', async () => {
    const altered = lineOf(two).replace('"kind":"release"', '"kind":"reject"');
    expect(altered).not.toBe(lineOf(two));
    await writeFile(path, lineOf(one) + altered + lineOf(three));
    expect(await createDecisionJournal({ path, fs: realFs }).readJournal()).toEqual({
      ok: true,
      value: {
        commands: [one, three],
        problems: [
          {
            line: 2,
            code: 'CHECKSUM_MISMATCH',
            message: 'The command does not match its checksum. The line was skipped.',
          },
        ],
      },
    });
  });

  it('reports lines from a newer journal format, invalid commands and repeated decisions', async () => {
    const future = '{"v":2,"command":{},"sha256":"00"}\n';
    const invalid = lineOf({ ...two, seq: 0 });
    await writeFile(path, lineOf(one) + future + invalid + lineOf(one) + lineOf(three));
    const result = await createDecisionJournal({ path, fs: realFs }).readJournal();
    expect(result.ok && result.value.commands).toEqual([one, three]);
    expect(result.ok && result.value.problems.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: 2, code: 'UNSUPPORTED_VERSION' },
      { line: 3, code: 'INVALID_COMMAND' },
      { line: 4, code: 'DUPLICATE_DECISION' },
    ]);
  });

  it('fails to read with a specific error when the file may not be read', async () => {
    const fs: JournalFileSystem = { ...realFs, readFile: async () => Promise.reject(errnoError('EACCES')) };
    expect(await createDecisionJournal({ path, fs }).readJournal()).toEqual({
      ok: false,
      error: {
        code: 'PERMISSION_DENIED',
        message: `Border Post may not use its decision journal at ${path}. Saved decisions cannot be checked. Ask IT to restore access to that folder.`,
      },
    });
  });
});

describe('a failed append', () => {
  const [one, two] = [sampleDecision(1), sampleDecision(2)];

  /** A file system whose appends write half the line, then fail with `code`, while `failing`. */
  function failingWrites(code: string) {
    const control = { failing: true };
    const { fs } = instrumentedFs((file, target) =>
      target === path
        ? {
            appendFile: async (data) => {
              if (!control.failing) return file.appendFile(data);
              await file.appendFile(data.slice(0, data.length / 2));
              throw errnoError(code);
            },
          }
        : {},
    );
    return { fs, control };
  }

  it('on a full disk answers DISK_FULL and leaves the file as it was', async () => {
    const { fs, control } = failingWrites('ENOSPC');
    const journal = createDecisionJournal({ path, fs });
    control.failing = false;
    await journal.appendDecision(one);
    const before = await readFile(path, 'utf8');
    control.failing = true;

    expect(await journal.appendDecision(two)).toEqual({
      ok: false,
      error: {
        code: 'DISK_FULL',
        message:
          'The disk is full, so the decision journal (decision-journal.jsonl) cannot grow. The decision is not saved yet. Free some disk space and try again.',
      },
    });
    expect(await readFile(path, 'utf8')).toBe(before);

    control.failing = false;
    expect(await journal.appendDecision(two)).toEqual({ ok: true, value: { appended: true } });
    expect(await journal.readJournal()).toEqual({ ok: true, value: { commands: [one, two], problems: [] } });
  });

  it.each([
    ['EACCES', 'PERMISSION_DENIED'],
    ['EROFS', 'PERMISSION_DENIED'],
    ['EIO', 'WRITE_FAILED'],
  ])('answers %s with %s and leaves nothing half-written', async (errno, code) => {
    await writeFile(path, lineOf(one));
    const { fs } = failingWrites(errno);
    expect(await createDecisionJournal({ path, fs }).appendDecision(two)).toMatchObject({
      ok: false,
      error: { code },
    });
    expect(await readFile(path, 'utf8')).toBe(lineOf(one));
  });

  it('is not saved when the fsync fails, and the written line is taken back', async () => {
    await writeFile(path, lineOf(one));
    const { fs } = instrumentedFs((_file, target) =>
      target === path ? { sync: async () => Promise.reject(errnoError('EIO')) } : {},
    );
    expect(await createDecisionJournal({ path, fs }).appendDecision(two)).toEqual({
      ok: false,
      error: {
        code: 'WRITE_FAILED',
        message:
          'The decision journal (decision-journal.jsonl) could not be written: EIO: simulated. The decision is not saved yet.',
      },
    });
    expect(await readFile(path, 'utf8')).toBe(lineOf(one));
  });

  it('leaves a torn line for the next start-up to cut off when even the roll-back fails', async () => {
    await writeFile(path, lineOf(one));
    const { fs } = instrumentedFs((file, target) =>
      target === path
        ? {
            appendFile: async (data) => {
              await file.appendFile(data.slice(0, 30));
              throw errnoError('EIO');
            },
            truncate: async () => Promise.reject(errnoError('EIO')),
          }
        : {},
    );
    expect(await createDecisionJournal({ path, fs }).appendDecision(two)).toMatchObject({ ok: false });
    expect(await createDecisionJournal({ path, fs: realFs }).readJournal()).toEqual({
      ok: true,
      value: { commands: [one], problems: [expect.objectContaining({ line: 2, code: 'TORN_TAIL' })] },
    });
  });
});
