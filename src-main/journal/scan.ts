import type { DecisionCommand } from '@shared/domain/decision';
import { decodeJournalLine, type JournalLineProblemCode } from './journal-line';

export type JournalProblemCode = JournalLineProblemCode | 'TORN_TAIL' | 'DUPLICATE_DECISION';

export type JournalLineProblem = { line: number; code: JournalProblemCode; message: string };

export type JournalScan = {
  commands: DecisionCommand[];
  problems: JournalLineProblem[];
  /** Bytes worth keeping: the file's length, or less when its final line is torn or corrupt. */
  keepLength: number;
};

const NEWLINE = 0x0a;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the journal's bytes line by line. Every append writes a whole line and its newline, so
 * a crash mid-append leaves at most one bad line, at the end: that one is cut off (`keepLength`).
 * A bad line anywhere else means damage, not a torn write: it is reported and skipped, never
 * cut, so the lines after it survive.
 */
export function scanJournal(bytes: Uint8Array): JournalScan {
  const commands: DecisionCommand[] = [];
  const problems: JournalLineProblem[] = [];
  const seen = new Set<string>();
  let keepLength = bytes.length;
  let start = 0;
  for (let line = 1; start < bytes.length; line += 1) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    const decoded = decodeBytes(bytes.subarray(start, end));
    const isLast = end + 1 >= bytes.length;
    if (isLast && (newline === -1 || !decoded.ok)) {
      keepLength = start;
      const why = newline === -1 || decoded.ok ? 'it has no line end.' : decoded.message;
      problems.push({
        line,
        code: 'TORN_TAIL',
        message: `The last line was left incomplete by an interrupted write and has been removed: ${why}`,
      });
    } else if (!decoded.ok) {
      problems.push({ line, code: decoded.code, message: `${decoded.message} The line was skipped.` });
    } else if (seen.has(decoded.command.decisionId)) {
      problems.push({
        line,
        code: 'DUPLICATE_DECISION',
        message: `Decision ${decoded.command.decisionId} appears again; the first line is kept.`,
      });
    } else {
      seen.add(decoded.command.decisionId);
      commands.push(decoded.command);
    }
    start = end + 1;
  }
  return { commands, problems, keepLength };
}

function decodeBytes(bytes: Uint8Array) {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, code: 'CORRUPT_LINE', message: 'The line is not valid UTF-8.' } as const;
  }
  return decodeJournalLine(text);
}
