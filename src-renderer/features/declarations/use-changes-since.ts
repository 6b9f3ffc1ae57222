import { useEffect, useState } from 'react';
import type { Declaration } from '@shared/domain';
import { useServices } from '../../app/services';
import { getViewedCopy, recordViewedCopy, type ViewedCopy } from '../../db/viewed-repo';
import { useSession } from '../../state';
import { declarationChanges, type FieldChange } from './changes-since';

export type ChangesSince =
  | { status: 'loading' }
  /** The officer has not opened this declaration on this device before (or nobody is signed in). */
  | { status: 'first' }
  | { status: 'known'; since: ViewedCopy; changes: FieldChange[] };

/**
 * What changed since the signed-in officer last opened this declaration. The earlier copy is read
 * once per visit, so changes arriving while the page is open add to the list rather than reset it;
 * every version shown is recorded as the officer's latest view.
 */
export function useChangesSince(declaration: Declaration): ChangesSince {
  const { db } = useServices();
  const officerId = useSession()?.officer.id ?? null;
  const [earlier, setEarlier] = useState<{ key: string; copy: ViewedCopy | null } | null>(null);
  const key = `${officerId ?? ''}|${declaration.id}`;

  useEffect(() => {
    if (officerId === null) return;
    let live = true;
    void getViewedCopy(db, officerId, declaration.id).then((copy) => {
      if (live) setEarlier({ key, copy });
    });
    return () => {
      live = false;
    };
    // Read once per officer and declaration: later versions are compared with the same copy.
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
  if (earlier.copy === null) return { status: 'first' };
  return {
    status: 'known',
    since: earlier.copy,
    changes: declarationChanges(earlier.copy.declaration, declaration),
  };
}
