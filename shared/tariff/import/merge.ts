import { err, ok, type Result } from '../../util/result';
import { preview } from '../preview';
import type { ImportError, TariffLine, TariffSchedule } from '../types';

const mergeLine = (into: TariffLine, from: TariffLine): TariffLine => {
  const flags = into.flags || from.flags ? { ...from.flags, ...into.flags } : undefined;
  return {
    code: into.code,
    description: into.description === '' ? from.description : into.description,
    ...((into.descriptionLocal ?? from.descriptionLocal) === undefined
      ? {}
      : { descriptionLocal: into.descriptionLocal ?? from.descriptionLocal }),
    ...((into.supplementaryUnit ?? from.supplementaryUnit) === undefined
      ? {}
      : { supplementaryUnit: into.supplementaryUnit ?? from.supplementaryUnit }),
    ...((into.validFrom ?? from.validFrom) === undefined
      ? {}
      : { validFrom: into.validFrom ?? from.validFrom }),
    ...((into.validTo ?? from.validTo) === undefined ? {} : { validTo: into.validTo ?? from.validTo }),
    ...(flags === undefined ? {} : { flags }),
    measures: [...into.measures, ...from.measures],
  };
};

/**
 * Several schedules of one jurisdiction as one: lines by code (sorted), measures concatenated in
 * the order given, the first schedule's names, unit and validity kept where it has them, version
 * labels joined with " + ". So the KR profile loads as HSK list + VKFTA + P3 (+ the KCS rate table
 * where a deployment has one).
 */
export function mergeSchedules(...schedules: TariffSchedule[]): Result<TariffSchedule, ImportError> {
  const [first] = schedules;
  if (first === undefined) return err({ code: 'NOTHING_TO_MERGE', message: 'no schedules to merge' });
  const other = schedules.find((schedule) => schedule.jurisdiction !== first.jurisdiction);
  if (other) {
    return err({
      code: 'JURISDICTION_MISMATCH',
      message: `cannot merge ${preview(other.version)} (${other.jurisdiction}) into ${preview(first.version)} (${first.jurisdiction})`,
    });
  }
  const byCode = new Map<string, TariffLine>();
  for (const schedule of schedules) {
    for (const line of schedule.lines) {
      const existing = byCode.get(line.code);
      byCode.set(line.code, existing ? mergeLine(existing, line) : { ...line, measures: [...line.measures] });
    }
  }
  const lines = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return ok({
    jurisdiction: first.jurisdiction,
    version: schedules.map((schedule) => schedule.version).join(' + '),
    lines,
  });
}

/**
 * The Korean demo tariff: HSK 2025 lines with the VKFTA FVN1 and P3 quota measures. It has no
 * basic (A) or WTO (C) rates: the engine says so per item rather than assess from a partial rate.
 */
export function buildKoreanDemoTariff(
  hsk: TariffSchedule,
  vkfta: TariffSchedule,
  p3: TariffSchedule,
): Result<TariffSchedule, ImportError> {
  const merged = mergeSchedules(hsk, vkfta, p3);
  if (!merged.ok) return merged;
  return ok({ ...merged.value, version: `${merged.value.version} (demo: no basic A or WTO C rates)` });
}
