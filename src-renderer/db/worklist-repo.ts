import { Dexie } from 'dexie';
import type { DeclarationStatus, Lane } from '@shared/domain';
import { newestOverlays, type StatusOverlay } from '@shared/sync';
import { WORKLIST_INDEXES, type CacheDb } from './cache-db';
import { listOverlays } from './outbox-repo';
import type { OutboxDb } from './outbox-db';
import { laneRank, statusRank, traderSearchKey, type WorklistRow } from './worklist-row';

export type WorklistColumn = keyof typeof WORKLIST_INDEXES;
export type WorklistSort = { column: WorklistColumn; desc: boolean };

/**
 * What the officer narrows the worklist to; every field set must hold (AND). Empty text and null
 * mean "any". The one filter contract between the worklist's screens and its queries.
 */
export type WorklistFilter = {
  /** Quick search: a declaration number prefix, or a prefix of any party's name. */
  text: string;
  /** A lane, or `none`: not selected yet. */
  lane: Lane | 'none' | null;
  status: DeclarationStatus | null;
  /** Risk score bounds, inclusive (0–100). */
  riskMin: number | null;
  riskMax: number | null;
  /** Registration date bounds, inclusive, as YYYY-MM-DD days at the post. */
  registeredFrom: string | null;
  registeredTo: string | null;
  /** A prefix of the importer's (imports) or exporter's (exports) name. */
  importer: string;
  /** A prefix of any goods item's HS code, digits only. */
  hsPrefix: string;
  /** An origin country (ISO 3166-1 alpha-2) of any goods item. */
  origin: string | null;
  /** An officer id, `none` (unassigned) or null (anyone). */
  assignedTo: string | 'none' | null;
  /** Only declarations with a decision of this device not yet confirmed by the centre. */
  pendingOnly: boolean;
  /** Only declarations with a decision that needs the officer's attention (conflict, rejected). */
  needsAttention: boolean;
};
export const NO_FILTER: WorklistFilter = {
  text: '',
  lane: null,
  status: null,
  riskMin: null,
  riskMax: null,
  registeredFrom: null,
  registeredTo: null,
  importer: '',
  hsPrefix: '',
  origin: null,
  assignedTo: null,
  pendingOnly: false,
  needsAttention: false,
};

/**
 * Which rows a worklist shows, in order: a key range of one index when nothing is filtered (read
 * page by page where it lies, never whole), or the matching ids in order when a filter is set.
 */
export type WorklistOrder =
  | { kind: 'range'; postId: string; sort: WorklistSort; total: number }
  | { kind: 'ids'; ids: readonly string[]; total: number };

/** A row as shown: the stored row with a status saved here and not yet confirmed, if any. */
export type WorklistEntry = WorklistRow & { pending: boolean };

export type WorklistWindow = { offset: number; rows: WorklistEntry[] };

export const isFiltered = (filter: WorklistFilter): boolean =>
  (Object.keys(NO_FILTER) as (keyof WorklistFilter)[]).some((key) =>
    typeof filter[key] === 'string' ? (filter[key] as string).trim() !== '' : filter[key] !== NO_FILTER[key],
  );

/** One post's rows of `index`, in its order; `prefix`: only those whose next keys are these. */
function postRange(db: CacheDb, index: string, postId: string, ...prefix: number[]) {
  return db.worklist
    .where(index)
    .between([postId, ...prefix, Dexie.minKey], [postId, ...prefix, Dexie.maxKey]);
}

async function matchingIds(db: CacheDb, postId: string, filter: WorklistFilter): Promise<Set<string>[]> {
  const sets: Promise<string[]>[] = [];
  const text = filter.text.trim();
  if (text !== '') {
    const reference = text.toUpperCase();
    const trader = traderSearchKey(text);
    sets.push(
      Promise.all([
        db.worklist
          .where(WORKLIST_INDEXES.reference)
          .between([postId, reference], [postId, `${reference}\uffff`])
          .primaryKeys(),
        db.worklist
          .where(WORKLIST_INDEXES.trader)
          .between([postId, trader], [postId, `${trader}\uffff`])
          .primaryKeys(),
      ]).then(([byReference, byTrader]) => [...byReference, ...byTrader]),
    );
  }
  if (filter.lane !== null) {
    const lane = laneRank(filter.lane === 'none' ? null : filter.lane);
    sets.push(postRange(db, WORKLIST_INDEXES.lane, postId, lane).primaryKeys());
  }
  if (filter.status !== null) {
    const status = [postId, statusRank(filter.status)];
    sets.push(db.worklist.where(WORKLIST_INDEXES.status).equals(status).primaryKeys());
  }
  return (await Promise.all(sets)).map((ids) => new Set(ids));
}

/**
 * The order of one post's worklist under a sort and a filter. Unfiltered, only the rows are
 * counted; filtered, the ids come from the filter's indexes (keys only, no rows read) and are put
 * in the sort's order by walking the sort index's keys.
 */
export async function readWorklistOrder(
  db: CacheDb,
  postId: string,
  sort: WorklistSort,
  filter: WorklistFilter,
): Promise<WorklistOrder> {
  const index = WORKLIST_INDEXES[sort.column];
  if (!isFiltered(filter)) {
    return { kind: 'range', postId, sort, total: await postRange(db, index, postId).count() };
  }
  const [sets, ordered] = await Promise.all([
    matchingIds(db, postId, filter),
    postRange(db, index, postId).primaryKeys(),
  ]);
  const ids = ordered.filter((id) => sets.every((set) => set.has(id)));
  if (sort.desc) ids.reverse();
  return { kind: 'ids', ids, total: ids.length };
}

/**
 * Cache ⊕ overlays for rows, by the rule viewDeclaration uses (newestOverlays, shared/sync/overlay.ts):
 * the newest unconfirmed decision's status, else the server's; grouped once for the whole window.
 */
function withOverlays(rows: readonly WorklistRow[], overlays: readonly StatusOverlay[]): WorklistEntry[] {
  const newest = newestOverlays(overlays);
  return rows.map((row) => {
    const pending = newest.get(row.id);
    return { ...row, status: pending?.status ?? row.status, pending: pending !== undefined };
  });
}

/** The rows from `offset` on (at most `limit`), marked with the decisions pending in the outbox. */
export async function readWorklistWindow(
  db: CacheDb,
  outbox: OutboxDb | null,
  order: WorklistOrder,
  offset: number,
  limit: number,
): Promise<WorklistWindow> {
  let rows: WorklistRow[];
  if (order.kind === 'range') {
    const range = postRange(db, WORKLIST_INDEXES[order.sort.column], order.postId);
    rows = await (order.sort.desc ? range.reverse() : range).offset(offset).limit(limit).toArray();
  } else {
    const found = await db.worklist.bulkGet(order.ids.slice(offset, offset + limit));
    rows = found.filter((row) => row !== undefined);
  }
  const overlays = outbox ? await listOverlays(outbox) : [];
  return { offset, rows: withOverlays(rows, overlays) };
}
