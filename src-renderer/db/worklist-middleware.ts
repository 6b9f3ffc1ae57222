import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Declaration } from '@shared/domain';
import type { WorklistChange, WorklistFeed } from './worklist-feed';
import { toWorklistRow, type WorklistRow } from './worklist-row';

/**
 * Keeps the `worklist` projection in step with `declarations`, in the same IndexedDB transaction:
 * every put of declarations puts their rows, every delete (by key or by range) deletes them. Done
 * below Dexie's tables rather than in each writer (snapshot pages, change pages, tombstones, cache
 * rebuilds, post replacement, tests) so no writer can forget it; a read-write transaction over
 * `declarations` is widened to `worklist` for the same reason. It sits above Dexie's observability
 * layer, so live queries over the worklist see the writes. What a transaction wrote is told to
 * `feed` once it commits (never before: an aborted sync page must not reach the screen).
 */
export function worklistMiddleware(feed: WorklistFeed): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'WorklistProjection',
    create(down) {
      const widen = (stores: string[], mode: 'readonly' | 'readwrite') =>
        mode === 'readwrite' && stores.includes('declarations') && !stores.includes('worklist')
          ? [...stores, 'worklist']
          : stores;
      const pending = new WeakMap<DBCoreTransaction, WorklistChange>();
      const record = (request: DBCoreMutateRequest) => {
        let change = pending.get(request.trans);
        if (change === undefined) {
          change = { rows: [], deleted: [], reset: false };
          pending.set(request.trans, change);
          const committed = change;
          // In IndexedDB's DBCore the transaction is the IDBTransaction itself.
          const idb = request.trans as unknown as Partial<IDBTransaction>;
          idb.addEventListener?.('complete', () => feed.emit(committed));
        }
        return change;
      };
      return {
        ...down,
        transaction: (stores, mode, options) => down.transaction(widen(stores, mode), mode, options),
        table(name) {
          const table = down.table(name);
          if (name !== 'declarations') return table;
          return {
            ...table,
            mutate: (request) => mutateBoth(table, down.table('worklist'), request, record),
          };
        },
      };
    },
  };
}

/** The worklist side of a declarations mutation; a value the declarations store refused is left out. */
function mirrored(request: DBCoreMutateRequest, failed: Record<number, Error>): DBCoreMutateRequest {
  const { trans } = request;
  switch (request.type) {
    case 'add':
    case 'put': {
      const stored = request.values.filter((_value: Declaration, index) => !(index in failed));
      return { type: 'put', trans, values: stored.map((value: Declaration) => toWorklistRow(value)) };
    }
    case 'delete':
      return { type: 'delete', trans, keys: request.keys };
    case 'deleteRange':
      // Both tables are keyed by the declaration id, so the same key range names the same rows.
      return { type: 'deleteRange', trans, range: request.range };
  }
}

async function mutateBoth(
  declarations: DBCoreTable,
  worklist: DBCoreTable,
  request: DBCoreMutateRequest,
  record: (request: DBCoreMutateRequest) => WorklistChange,
) {
  const result = await declarations.mutate(request);
  const rowsRequest = mirrored(request, result.failures);
  await worklist.mutate(rowsRequest);
  const change = record(rowsRequest);
  // The last write of an id in the transaction wins, as it does in the store.
  if (rowsRequest.type === 'put') {
    const rows = rowsRequest.values as WorklistRow[];
    const put = new Set(rows.map((row) => row.id));
    change.deleted = change.deleted.filter((id) => !put.has(id));
    change.rows.push(...rows);
  } else if (rowsRequest.type === 'delete') {
    const deleted = new Set(rowsRequest.keys.map(String));
    change.rows = change.rows.filter((row) => !deleted.has(row.id));
    change.deleted.push(...deleted);
  } else change.reset = true;
  return result;
}
