import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useServices } from '../../app/services';
import { usePosts } from '../../state';
import { findDeclarationByNumber } from './find-declaration';

export type QuickOpenState = {
  /** The text of the "open by number" field. */
  draft: string;
  setDraft: (draft: string) => void;
  /** The number last looked for and not found on this screen, for the message that names it. */
  notFound: string | null;
  /** Opens the declaration with the number, or keeps the number in the field and says why not. */
  open: (typed: string) => Promise<void>;
};

const QuickOpenContext = createContext<QuickOpenState | null>(null);

export function useQuickOpen(): QuickOpenState {
  const state = useContext(QuickOpenContext);
  if (!state) throw new Error('useQuickOpen is used outside <QuickOpenProvider>');
  return state;
}

/**
 * One quick open for the header field and the scanner: a number scanned with no field focused
 * that is not found lands in the field, so nothing the scanner read is lost.
 */
export function QuickOpenProvider({ children }: { children: ReactNode }) {
  const { db } = useServices();
  const { selectedPostId } = usePosts();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [draft, setDraftState] = useState('');
  // Where the number was missed: the message goes when the officer moves on; the number stays.
  const [missed, setMissed] = useState<{ number: string; pathname: string } | null>(null);
  const notFound = missed?.pathname === pathname ? missed.number : null;

  const setDraft = useCallback((next: string) => {
    setDraftState(next);
    setMissed(null);
  }, []);

  const open = useCallback(
    async (typed: string) => {
      const number = typed.trim();
      if (selectedPostId === null || number === '') return;
      const id = await findDeclarationByNumber(db, selectedPostId, number);
      if (id === null) {
        setDraftState(number);
        setMissed({ number, pathname });
        return;
      }
      setDraft('');
      await navigate(`/declarations/${encodeURIComponent(id)}`);
    },
    [db, selectedPostId, navigate, pathname, setDraft],
  );

  const value = useMemo(() => ({ draft, setDraft, notFound, open }), [draft, setDraft, notFound, open]);
  return <QuickOpenContext.Provider value={value}>{children}</QuickOpenContext.Provider>;
}
