import type { Database } from '../db/database';
import { changeLogHead } from '../store/change-log';

type Listener = () => void;

/**
 * Tells SSE subscribers that their post's change log advanced. It polls the database (one cheap
 * indexed query per interval, only while someone listens) because a change may be committed by
 * another API node, the seed tool or an admin job; a local decision nudges it to look at once.
 */
export class ChangeFeed {
  private readonly listeners = new Map<string, Set<Listener>>();
  private lastSeen: bigint | null = null;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private readonly pollMs: number,
  ) {}

  async subscribe(postId: string, listener: Listener): Promise<() => void> {
    if (this.lastSeen === null) this.lastSeen = await changeLogHead(this.db);
    const set = this.listeners.get(postId) ?? new Set();
    set.add(listener);
    this.listeners.set(postId, set);
    this.timer ??= setInterval(() => this.nudge(), this.pollMs);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(postId);
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** Looks for new changes now; overlapping calls share one query. */
  nudge(): void {
    if (this.listeners.size === 0 || this.checking !== null) return;
    this.checking = this.check()
      .catch((error: unknown) => console.error('change feed poll failed:', error))
      .finally(() => (this.checking = null));
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.lastSeen = null;
  }

  private async check(): Promise<void> {
    const since = this.lastSeen ?? 0n;
    const rows = await this.db.query<{ post_id: string; seq: string }>(
      'SELECT post_id, max(seq)::text AS seq FROM change_log WHERE seq > $1 GROUP BY post_id',
      [since.toString()],
    );
    for (const row of rows) {
      const seq = BigInt(row.seq);
      if (this.lastSeen === null || seq > this.lastSeen) this.lastSeen = seq;
      for (const listener of this.listeners.get(row.post_id) ?? []) listener();
    }
  }
}
