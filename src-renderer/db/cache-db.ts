import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { PostsResponse } from '@shared/api';
import type { DecisionEntry } from '@shared/api/decision-history';
import type { Declaration } from '@shared/domain';
import { WorklistFeed } from './worklist-feed';
import type { WorklistSettingsRow } from './worklist-settings-repo';
import { worklistMiddleware } from './worklist-middleware';
import { toWorklistRow, type WorklistRow } from './worklist-row';

export const CACHE_DB_NAME = 'border-post-cache';

/** The newest cache schema this build knows; a database at a higher version is refused. */
export const CACHE_DB_VERSION = 5;

export type CachedPost = PostsResponse['posts'][number];

/** One row of the key/value meta table; values are typed per key in meta-repo.ts. */
export type MetaRow = { key: string; value: unknown };

/**
 * A declaration the server withdrew (or moved out of scope) at `version`: remembered so that a
 * late, older upsert cannot bring it back (shared/sync/pull-policy.ts).
 */
export type TombstoneRow = { id: string; postId: string; version: number };

/**
 * One decision applied to a cached declaration, as the change feed carries it (issue 9), with the
 * post it was pulled for (a cache rebuild clears one post).
 */
export type DecisionRow = DecisionEntry & { postId: string };

/**
 * The cache: everything here can be rebuilt from the central server, so it uses the browser's
 * default (relaxed) durability; a lost last write costs a re-download, not a decision.
 */
export type CacheDb = Dexie & {
  declarations: EntityTable<Declaration, 'id'>;
  posts: EntityTable<CachedPost, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  tombstones: EntityTable<TombstoneRow, 'id'>;
  decisions: EntityTable<DecisionRow, 'decisionId'>;
  /** The worklist's slim row of each declaration, written with it (worklist-middleware.ts). */
  worklist: EntityTable<WorklistRow, 'id'>;
  /** Each officer's saved worklist views and columns (worklist-settings-repo.ts). */
  worklistSettings: EntityTable<WorklistSettingsRow, 'officerId'>;
  /** The worklist rows this window writes, as their transactions commit (worklist-feed.ts). */
  worklistFeed: WorklistFeed;
};

/**
 * One index per sortable worklist column, each led by the post, so a sorted page of one post is a
 * key range. Ties fall back to the id (the primary key), so an order is the same on every read.
 */
export const WORKLIST_INDEXES = {
  reference: '[postId+reference]',
  registeredAt: '[postId+registeredKey]',
  direction: '[postId+direction]',
  typeCode: '[postId+typeCode]',
  trader: '[postId+traderKey]',
  itemCount: '[postId+itemCount]',
  firstHsCode: '[postId+firstHsCode]',
  lane: '[postId+laneKey+riskKey]',
  status: '[postId+statusKey]',
  riskScore: '[postId+riskScore]',
} as const;

/**
 * Schema versions are append-only: add the next `db.version(n)` below the last one, never edit a
 * published one (DESIGN.md, "Local storage").
 */
export function openCacheDb(name: string = CACHE_DB_NAME): CacheDb {
  // Dexie's documented typing: the tables exist once version().stores() has declared them.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as CacheDb;
  db.version(1).stores({
    declarations: 'id, postId, [postId+lane], status, registeredAt',
    posts: 'id',
    meta: 'key',
  });
  // 2: tombstones for the delta pull; the cursor lives in `meta` under `cursor:<postId>`.
  db.version(2).stores({ tombstones: 'id, postId' });
  // 3: the decisions applied to each declaration, with their official assessments (issue 9),
  // replaced whole with their declaration by version. Empty until the next pull brings them.
  db.version(3).stores({ decisions: 'decisionId, declarationId, postId' });
  // 4: the worklist projection (issue 11), filled here from the declarations already cached.
  db.version(4)
    .stores({ worklist: ['id', ...Object.values(WORKLIST_INDEXES)].join(', ') })
    .upgrade(projectWorklist);
  // 5: the rows carry what the filters read (assignee, day, parties, HS codes, origins): projected
  // again from the declarations (no index changes: the filters scan the rows in memory); and each
  // officer's saved worklist views and columns.
  db.version(5).stores({ worklistSettings: 'officerId' }).upgrade(projectWorklist);
  const feed = new WorklistFeed();
  db.use(worklistMiddleware(feed));
  return Object.assign(db, { worklistFeed: feed });
}

/** Writes the worklist row of every cached declaration, as this build projects it. */
async function projectWorklist(tx: Transaction): Promise<void> {
  // One declaration at a time: 100,000 whole declarations would not fit in memory at once.
  const rows: WorklistRow[] = [];
  await tx.table<Declaration, string>('declarations').each((declaration) => {
    rows.push(toWorklistRow(declaration));
  });
  await tx.table<WorklistRow, string>('worklist').bulkPut(rows);
}
