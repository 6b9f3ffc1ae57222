import type { DecisionEntry } from '../api/decision-history';
import type { Change } from '../api/sync-v1';
import type { Declaration } from '../domain/declaration';
import type { DeclarationId } from '../domain/ids';
import { assertNever } from '../util/assert-never';

/**
 * What the cache knows of a declaration: present at a version, or removed at a version. Tombstone
 * versions are remembered so that a late, older upsert cannot bring a withdrawn declaration back.
 */
export type KnownVersion = { version: number; present: boolean };

export type CachePlan = {
  put: Declaration[];
  /** Declarations to delete, with the version to remember for each. */
  remove: Array<{ id: DeclarationId; version: number }>;
  /**
   * The decision history of each put declaration whose change carried one (issue 9): it replaces
   * the cached history whole, with the declaration. A removed declaration's history goes with it.
   */
  history: Array<{ id: DeclarationId; entries: DecisionEntry[] }>;
};

/**
 * Plans a page of changes against what the cache holds: versions never go backwards, an upsert
 * at or below the known version is ignored, a tombstone removes. Applying the same page twice, or
 * an older page after a newer one, changes nothing. The store runs this inside its transaction.
 */
export function planChanges(
  known: ReadonlyMap<DeclarationId, KnownVersion>,
  changes: readonly Change[],
): CachePlan {
  const after = new Map<
    DeclarationId,
    { version: number; declaration: Declaration | null; history?: DecisionEntry[] | undefined }
  >();
  const currentVersion = (id: DeclarationId): number => after.get(id)?.version ?? known.get(id)?.version ?? 0;
  for (const change of changes) {
    switch (change.kind) {
      case 'upsert': {
        const { declaration } = change;
        if (declaration.version > currentVersion(declaration.id)) {
          after.set(declaration.id, { version: declaration.version, declaration, history: change.history });
        }
        break;
      }
      case 'tombstone': {
        // ≥ and not >: a tombstone at the same version as the cached row is the withdrawal of that row.
        if (change.version >= currentVersion(change.declarationId)) {
          after.set(change.declarationId, { version: change.version, declaration: null });
        }
        break;
      }
      default:
        assertNever(change, 'change');
    }
  }
  const plan: CachePlan = { put: [], remove: [], history: [] };
  for (const [id, { version, declaration, history }] of after) {
    if (declaration === null) plan.remove.push({ id, version });
    else {
      plan.put.push(declaration);
      if (history !== undefined) plan.history.push({ id, entries: history });
    }
  }
  return plan;
}
