import type { AssessmentFigures, AssessmentVersions, ItemCorrection } from '@shared/domain/assessment-claim';
import type { Declaration } from '@shared/domain';
import type { CorrectionError } from '@shared/domain/corrections';
import { tariffIndexFor } from '@shared/tariff/engine';
import { assessCorrected, type AssessmentPacks } from '@shared/tariff/claim';
import { rateCoverage, type RatePeriod } from '@shared/tariff/coverage';
import type { Assessment } from '@shared/tariff/types';
import { readCurrentPacks, readCurrentVersions } from '../../reference/current-packs';
import type { ReferenceDb } from '../../reference/reference-db';

// The assessment as the worker computes it (and, in component tests, the page in process): the
// reference packs in use are read from the device's reference database once per version, the
// tariff index is built once per tariff, and each request assesses a declaration with the
// officer's corrections through the same function the central API verifies with.

export type AssessRequest = { declaration: Declaration; corrections: ItemCorrection[] };

export type AssessTimings = {
  /** True when this request loaded the packs and built the tariff index. */
  cold: boolean;
  /** Reading the packs from IndexedDB and building the tariff index (0 when warm). */
  loadMs: number;
  assessMs: number;
};

export type AssessOutcome =
  /** The device holds no tariff or no rate table for the jurisdiction yet. */
  | { status: 'no-reference'; missing: Array<'tariff' | 'rates'> }
  /** The acceptance date lies outside the cached rate table: not assessed with a wrong period. */
  | {
      status: 'not-covered';
      acceptanceDate: string;
      coverage: 'before' | 'after' | 'gap';
      covers: RatePeriod;
      ratesLabel: string;
    }
  | { status: 'refused'; error: CorrectionError }
  | {
      status: 'assessed';
      assessment: Assessment;
      figures: AssessmentFigures;
      versions: AssessmentVersions;
      labels: { tariff: string; rates: string; taxes: string | null };
      timings: AssessTimings;
    }
  | { status: 'failed'; message: string };

type Loaded = { key: string; packs: AssessmentPacks; versions: AssessmentVersions };

const keyOf = (versions: { kind: string; version: number }[]): string =>
  versions
    .filter((v) => v.kind !== 'codes')
    .map((v) => `${v.kind}:${v.version}`)
    .sort()
    .join('|');

/** Assesses declarations with the packs in use, keeping the loaded packs until a version changes. */
export function createAssessmentCore(
  db: ReferenceDb,
  now: () => number = () => performance.now(),
): (request: AssessRequest) => Promise<AssessOutcome> {
  const loaded = new Map<string, Loaded>();

  async function packsFor(
    jurisdiction: Declaration['jurisdiction'],
  ): Promise<{ loaded: Loaded; cold: boolean; loadMs: number } | { missing: Array<'tariff' | 'rates'> }> {
    const key = keyOf(await readCurrentVersions(db, jurisdiction));
    const cached = loaded.get(jurisdiction);
    if (cached?.key === key) return { loaded: cached, cold: false, loadMs: 0 };
    const started = now();
    const current = await readCurrentPacks(db, jurisdiction);
    const missing = (['tariff', 'rates'] as const).filter((kind) => current[kind] === null);
    if (current.tariff === null || current.rates === null) return { missing };
    const packs: AssessmentPacks = {
      tariff: current.tariff.pack,
      rates: current.rates.pack,
      taxes: current.taxes?.pack ?? null,
    };
    tariffIndexFor(packs.tariff.schedule);
    const fresh: Loaded = {
      key: keyOf([
        { kind: 'tariff', version: current.tariff.version },
        { kind: 'rates', version: current.rates.version },
        ...(current.taxes ? [{ kind: 'taxes', version: current.taxes.version }] : []),
      ]),
      packs,
      versions: {
        tariff: current.tariff.version,
        rates: current.rates.version,
        taxes: current.taxes?.version ?? null,
      },
    };
    // Only one set per jurisdiction is kept: the previous tariff and its index can be collected.
    loaded.set(jurisdiction, fresh);
    return { loaded: fresh, cold: true, loadMs: now() - started };
  }

  return async ({ declaration, corrections }) => {
    try {
      const found = await packsFor(declaration.jurisdiction);
      if ('missing' in found) return { status: 'no-reference', missing: found.missing };
      const { packs, versions } = found.loaded;
      const coverage = rateCoverage(packs.rates, declaration.acceptanceDate);
      if (coverage.status !== 'covered') {
        return {
          status: 'not-covered',
          acceptanceDate: declaration.acceptanceDate,
          coverage: coverage.status,
          covers: coverage.covers,
          ratesLabel: packs.rates.label,
        };
      }
      const started = now();
      const result = assessCorrected(declaration, corrections, packs);
      if (!result.ok) return { status: 'refused', error: result.error };
      return {
        status: 'assessed',
        ...result.value,
        versions,
        labels: { tariff: packs.tariff.label, rates: packs.rates.label, taxes: packs.taxes?.label ?? null },
        timings: { cold: found.cold, loadMs: found.loadMs, assessMs: now() - started },
      };
    } catch (caught) {
      return { status: 'failed', message: caught instanceof Error ? caught.message : String(caught) };
    }
  };
}
