import { create } from 'zustand';
import type { ReferenceKind } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain';

/** Why the last download of a pack did not switch in; the previous version stays in use. */
export type ReferenceDownloadError =
  | { kind: 'network'; message: string }
  | { kind: 'http'; status: number; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'storage'; message: string };

/** One kind of reference data on this device, as the status bar and the assessment panel see it. */
export type ReferenceKindState = {
  /** The version in use; null while the device holds none of this kind. */
  version: number | null;
  label: string | null;
  /** When the pack's data was published (its age on the status bar). */
  publishedAt: string | null;
  demo: boolean;
  /** Acceptance dates a rates pack covers. */
  covers: { from: string; to: string } | null;
  /** A newer version downloading in the background: bytes received of total. */
  download: { version: number; received: number; total: number } | null;
  lastError: ReferenceDownloadError | null;
  /** When the next attempt after a failure is due (ISO instant). */
  retryAt: string | null;
};

export type InUse = Pick<ReferenceKindState, 'version' | 'label' | 'publishedAt' | 'demo' | 'covers'>;

export type ReferenceState = {
  jurisdiction: Jurisdiction | null;
  kinds: Record<ReferenceKind, ReferenceKindState>;
  /** Forgets every kind's state when the device starts following another jurisdiction. */
  follow: (jurisdiction: Jurisdiction | null) => void;
  inUse: (kind: ReferenceKind, inUse: InUse) => void;
  progress: (kind: ReferenceKind, download: { version: number; received: number; total: number }) => void;
  failed: (kind: ReferenceKind, error: ReferenceDownloadError, retryAt: string | null) => void;
  succeeded: (kind: ReferenceKind) => void;
};

const empty = (): ReferenceKindState => ({
  version: null,
  label: null,
  publishedAt: null,
  demo: false,
  covers: null,
  download: null,
  lastError: null,
  retryAt: null,
});

const allEmpty = (): Record<ReferenceKind, ReferenceKindState> => ({
  tariff: empty(),
  rates: empty(),
  taxes: empty(),
  codes: empty(),
});

export const useReferenceStore = create<ReferenceState>()((set) => {
  const update = (kind: ReferenceKind, change: Partial<ReferenceKindState>) =>
    set((state) => ({ kinds: { ...state.kinds, [kind]: { ...state.kinds[kind], ...change } } }));
  return {
    jurisdiction: null,
    kinds: allEmpty(),
    follow: (jurisdiction) =>
      set((state) => (state.jurisdiction === jurisdiction ? state : { jurisdiction, kinds: allEmpty() })),
    inUse: (kind, inUse) => update(kind, inUse),
    progress: (kind, download) => update(kind, { download }),
    failed: (kind, lastError, retryAt) => update(kind, { download: null, lastError, retryAt }),
    succeeded: (kind) => update(kind, { download: null, lastError: null, retryAt: null }),
  };
});
