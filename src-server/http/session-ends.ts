type Listener = (sessionId: string) => void;

/**
 * Sign-outs seen by this process, so what is open for a session (its event streams) ends at once.
 * Another API node learns of a sign-out from the database instead: streams re-check their session
 * at every keep-alive, and every request checks it before its handler runs.
 */
export class SessionEnds {
  private readonly listeners = new Set<Listener>();

  /** Calls `listener` for every ended session until the returned function is called. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  ended(sessionId: string): void {
    for (const listener of [...this.listeners]) listener(sessionId);
  }
}
