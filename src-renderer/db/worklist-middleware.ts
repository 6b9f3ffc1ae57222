import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { Declaration } from '@shared/domain';
import { toWorklistRow } from './worklist-row';

/**
 * Keeps the `worklist` projection in step with `declarations`, in the same IndexedDB transaction:
 * every put of declarations puts their rows, every delete (by key or by range) deletes them. Done
 * below Dexie's tables rather than in each writer (snapshot pages, change pages, tombstones, cache
 * rebuilds, post replacement, tests) so no writer can forget it; a read-write transaction over
 * `declarations` is widened to `worklist` for the same reason. It sits above Dexie's observability
 * layer, so live queries over the worklist see the writes.
 */
export const worklistMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'WorklistProjection',
  create(down) {
    const widen = (stores: string[], mode: 'readonly' | 'readwrite') =>
      mode === 'readwrite' && stores.includes('declarations') && !stores.includes('worklist')
        ? [...stores, 'worklist']
        : stores;
    return {
      ...down,
      transaction: (stores, mode, options) => down.transaction(widen(stores, mode), mode, options),
      table(name) {
        const table = down.table(name);
        if (name !== 'declarations') return table;
        return { ...table, mutate: (request) => mutateBoth(table, down.table('worklist'), request) };
      },
    };
  },
};

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

async function mutateBoth(declarations: DBCoreTable, worklist: DBCoreTable, request: DBCoreMutateRequest) {
  const result = await declarations.mutate(request);
  await worklist.mutate(mirrored(request, result.failures));
  return result;
}
