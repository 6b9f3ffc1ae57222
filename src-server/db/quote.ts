/** Quotes an SQL identifier; schema names come from tests and config, never from requests. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
