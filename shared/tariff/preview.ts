/** How much of a bad value an error message shows: enough to recognise it, never the whole file. */
export const PREVIEW_LENGTH = 80;

/**
 * A value as error messages echo it: quoted and escaped (a newline stays on the message's one
 * line), and cut to its first PREVIEW_LENGTH characters with its full length when longer, so a
 * 4 MB value costs the message a line, not 4 MB. Every importer and parser echoes through this.
 */
export function preview(value: string): string {
  if (value.length <= PREVIEW_LENGTH) return JSON.stringify(value);
  let head = value.slice(0, PREVIEW_LENGTH);
  // Never cut a surrogate pair in half: the preview would end in a lone surrogate.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${JSON.stringify(`${head}…`)} (${value.length} characters)`;
}
