/**
 * Everything that can go wrong talking to the central API or storing what it sent, as values.
 * The UI maps each kind to a translated message; nothing here is shown verbatim except the
 * server's own message, as a detail.
 */
export type SyncError =
  | { kind: 'http'; status: number; code: string; message: string | null }
  | { kind: 'network'; detail: string }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'bad-response'; detail: string }
  | { kind: 'storage'; detail: string };

export type SyncResult<T> = { ok: true; value: T } | { ok: false; error: SyncError };
