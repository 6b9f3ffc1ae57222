/**
 * A value PostgreSQL refused, as "<SQLSTATE> <message>" (class 22, data exception: text it cannot
 * encode such as NUL, a number out of range), or null for any other error. Such an error is a
 * property of the request, never of the server, so it is answered as the client's fault (400, or a
 * decision's REJECTED) instead of a 500 that a client would retry for ever. Both PGlite and `pg`
 * report the SQLSTATE as `code`. Anything else (a lost connection, a deadlock) says nothing about
 * the request.
 */
export function dataException(error: unknown): string | null {
  const code: unknown = Reflect.get(Object(error), 'code');
  if (typeof code !== 'string' || !/^22[0-9A-Z]{3}$/.test(code)) return null;
  const message: unknown = Reflect.get(Object(error), 'message');
  return `${code} ${typeof message === 'string' ? message.slice(0, 200) : ''}`.trim();
}
