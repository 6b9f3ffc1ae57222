import { useEffect, useState } from 'react';
import type { Jurisdiction } from '@shared/domain';
import { createTariffSearchIndexAsync, type TariffSearchIndex } from '@shared/tariff/search';
import { deviceTariffSource, type TariffSource } from './tariff-source';

// One index per jurisdiction and tariff version for the whole app: built once, in chunks that
// yield to the page (a full schedule takes about a second), and rebuilt only when a new tariff
// version is switched in.

export type TariffIndexState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; index: TariffSearchIndex; packVersion: number };

type Built = Promise<{ index: TariffSearchIndex; packVersion: number } | null>;
const builtBySource = new WeakMap<TariffSource, Map<string, Built>>();

/** The index of the tariff in use, built on first call and shared by every caller after it. */
export async function loadTariffSearchIndex(
  jurisdiction: Jurisdiction,
  source: TariffSource = deviceTariffSource,
): Promise<{ index: TariffSearchIndex; packVersion: number } | null> {
  const version = await source.currentVersion(jurisdiction);
  if (version === null) return null;
  const key = `${jurisdiction}:${version}`;
  const built = builtBySource.get(source) ?? new Map<string, Built>();
  builtBySource.set(source, built);
  let pending = built.get(key);
  if (pending === undefined) {
    pending = (async () => {
      const [stored, context] = await Promise.all([
        source.schedule(jurisdiction),
        source.context(jurisdiction),
      ]);
      if (stored === null) return null;
      return {
        index: await createTariffSearchIndexAsync(stored.schedule, context),
        packVersion: stored.version,
      };
    })();
    built.set(key, pending);
    // A failed build is not kept: the next search tries again.
    pending.catch(() => built.delete(key));
  }
  return pending;
}

export function useTariffSearchIndex(
  jurisdiction: Jurisdiction,
  source: TariffSource = deviceTariffSource,
): TariffIndexState {
  const [state, setState] = useState<TariffIndexState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    loadTariffSearchIndex(jurisdiction, source).then(
      (loaded) => {
        if (current) setState(loaded === null ? { status: 'missing' } : { status: 'ready', ...loaded });
      },
      (error: unknown) => {
        if (current)
          setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [jurisdiction, source]);
  return state;
}
