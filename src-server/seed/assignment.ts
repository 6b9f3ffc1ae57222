import type { Declaration } from '@shared/domain';
import { OfficerId } from '@shared/domain/ids';

// Demo assignments (issue 11, item 2): some open declarations already have an officer, as at a
// post mid-shift, so the worklist's assignee filter and the supervisor's screens have something
// to show. Derived from the declaration's index, never from the random stream, so that every other
// demo figure stays the same as before assignment existed.

const FINAL = new Set<Declaration['status']>(['released', 'rejected']);

/**
 * Every sixth open declaration goes to the post's officer, and every sixth RED one, shifted by
 * three, to its inspector (physical examinations are theirs); the rest are nobody's. The demo
 * officers' ids are `<post>-<role>` (seed/tables/posts.ts).
 */
export function withDemoAssignment(declaration: Declaration, index: number): Declaration {
  if (FINAL.has(declaration.status)) return { ...declaration, assignedTo: null };
  const officer = (role: string) => OfficerId.parse(`${declaration.postId}-${role}`.toLowerCase());
  if (index % 6 === 0) return { ...declaration, assignedTo: officer('officer') };
  if (index % 6 === 3 && declaration.lane === 'RED')
    return { ...declaration, assignedTo: officer('inspector') };
  return { ...declaration, assignedTo: null };
}
