import { useEffect, useState } from 'react';
import type { Declaration } from '@shared/domain';
import { useServices } from '../../app/services';
import { getViewedCopy, recordViewedCopy, type ViewedCopy } from '../../db/viewed-repo';
import { useSession } from '../../state';
import { declarationChanges, type FieldChange } from './changes-since';

export type ChangesSince =
  | { status: 'loading' }
  /**
   * The officer has not opened this declaration on this device before and nothing changed while
   * it is open (or nobody is signed in).
   */
  | { status: 'first' }
  | { status: 'known'; since: ViewedCopy; changes: FieldChange[] };

/**
 * What changed since the signed-in officer last opened this declaration, or, on a first visit,
 * since the page opened. The earlier copy is read once per visit, so changes arriving while the
 * page is open add to the list rather than reset it; every version shown is recorded as the
 * officer's latest view.
 */
export function useChangesSince(declaration: Declaration): ChangesSince {
  const { db } = useServices();
  const officerId = useSession()?.officer.id ?? null;
  const [earlier, setEarlier] = useState<{ key: string; copy: ViewedCopy; first: boolean } | null>(null);
  const key = `${officerId ?? ''}|${declaration.id}`;

  useEffect(() => {
    if (officerId === null) return;
    let live = true;
    const opened: ViewedCopy = { viewedAt: new Date().toISOString(), declaration };
    void getViewedCopy(db, officerId, declaration.id).then((copy) => {
      // Never opened before: what arrives while the page is open is compared with what it opened on.
      if (live) setEarlier({ key, copy: copy ?? opened, first: copy === null });
    });
    return () => {
      live = false;
    };
    // Read once per officer and declaration: later versions are compared with the same copy.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the copy opened on, not each version
  }, [db, officerId, declaration.id, key]);

  const ready = earlier !== null && earlier.key === key;
  useEffect(() => {
    // Recorded only after the earlier copy is read, so the first read never sees this visit.
    if (officerId === null || !ready) return;
    void recordViewedCopy(db, officerId, declaration, new Date().toISOString()).catch((error: unknown) =>
      console.warn('the viewed copy could not be recorded', error),
    );
  }, [db, officerId, declaration, ready]);

  if (officerId === null) return { status: 'first' };
  if (!ready) return { status: 'loading' };
  const changes = declarationChanges(earlier.copy.declaration, declaration);
  if (earlier.first && changes.length === 0) return { status: 'first' };
  return { status: 'known', since: earlier.copy, changes };
}
