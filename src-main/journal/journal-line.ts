import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DecisionCommand } from '@shared/domain/decision';

/** The line format this build writes; a line from a newer build is reported, never guessed at. */
export const JOURNAL_LINE_VERSION = 1;

export type JournalLineProblemCode =
  'CORRUPT_LINE' | 'CHECKSUM_MISMATCH' | 'UNSUPPORTED_VERSION' | 'INVALID_COMMAND';

export type DecodedLine =
  { ok: true; command: DecisionCommand } | { ok: false; code: JournalLineProblemCode; message: string };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

// The checksum covers the command's JSON exactly as written, so the check needs no canonical form:
// the line is this prefix, the command's JSON, and this fixed-length suffix.
const PREFIX = `{"v":${JOURNAL_LINE_VERSION},"command":`;
const SUFFIX = /,"sha256":"([0-9a-f]{64})"\}$/;

/** One journal line, without its newline: `{"v":1,"command":{…},"sha256":"…"}`. */
export function encodeJournalLine(command: DecisionCommand): string {
  const json = JSON.stringify(command);
  return `${PREFIX}${json},"sha256":"${sha256(json)}"}`;
}

const Envelope = z.object({ v: z.number() });

export function decodeJournalLine(line: string): DecodedLine {
  let envelope: unknown;
  try {
    envelope = JSON.parse(line);
  } catch {
    return { ok: false, code: 'CORRUPT_LINE', message: 'The line is not valid JSON.' };
  }
  const version = Envelope.safeParse(envelope);
  if (!version.success) {
    return { ok: false, code: 'CORRUPT_LINE', message: 'The line is not a journal entry.' };
  }
  if (version.data.v !== JOURNAL_LINE_VERSION) {
    return {
      ok: false,
      code: 'UNSUPPORTED_VERSION',
      message: `The line was written in journal format ${version.data.v}; this version reads only format ${JOURNAL_LINE_VERSION}.`,
    };
  }
  const checksum = SUFFIX.exec(line);
  if (!line.startsWith(PREFIX) || checksum === null) {
    return { ok: false, code: 'CORRUPT_LINE', message: 'The line is not laid out as the journal writes it.' };
  }
  const json = line.slice(PREFIX.length, checksum.index);
  if (sha256(json) !== checksum[1]) {
    return { ok: false, code: 'CHECKSUM_MISMATCH', message: 'The command does not match its checksum.' };
  }
  let candidate: unknown;
  try {
    candidate = JSON.parse(json);
  } catch {
    // Only a hand-made line can get here: its checksum matches text that is not one JSON value.
    return { ok: false, code: 'CORRUPT_LINE', message: 'The command is not valid JSON.' };
  }
  const command = DecisionCommand.safeParse(candidate);
  if (!command.success) {
    return {
      ok: false,
      code: 'INVALID_COMMAND',
      message: `The command is not a valid decision: ${z.prettifyError(command.error)}`,
    };
  }
  return { ok: true, command: command.data };
}
