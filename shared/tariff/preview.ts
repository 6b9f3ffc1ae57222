// How error messages echo what they were given: enough to recognise it, never the whole file, and
// always on the message's one line. Every importer and parser in shared/tariff and
// shared/declarations echoes input through here.

/** How much of a bad value a message shows. */
export const PREVIEW_LENGTH = 80;

/** How much of a library's own message (csv-parse, JSON.parse, the XML validator, zod) is kept. */
export const MESSAGE_PREVIEW_LENGTH = 200;

/**
 * A value as a message echoes it: quoted and escaped, cut to its first PREVIEW_LENGTH characters
 * with its full length when longer. `"1111…" (100000 characters)`.
 */
export function preview(value: string): string {
  const head = cut(value, PREVIEW_LENGTH);
  if (head === value) return oneLine(JSON.stringify(value));
  return `${oneLine(JSON.stringify(`${head}…`))} (${value.length} characters)`;
}

/**
 * A sentence from a library, which may quote the input itself (csv-parse quotes a whole bad
 * field): kept as written, with control characters escaped and cut to MESSAGE_PREVIEW_LENGTH.
 */
export function previewMessage(message: string): string {
  const head = cut(message, MESSAGE_PREVIEW_LENGTH);
  const line = oneLine(head.replace(/\p{Cc}/gu, escapeCharacter));
  return head === message ? line : `${line}… (${message.length} characters)`;
}

/** The first `length` characters, never ending in the first half of a surrogate pair. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const head = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

const escapeCharacter = (character: string): string =>
  `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON leaves the Unicode line and paragraph separators as they are; a message may not. */
const oneLine = (text: string): string => text.replace(/[\u2028\u2029]/g, escapeCharacter);
