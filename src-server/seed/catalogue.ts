import type { KrLine, QuotaLine, ReferenceData, UkLine } from './reference';
import { KR_TRADES } from './tables/kr-trades';
import { EXCLUDED_PREFIXES, VN_FOOD_GROUPS } from './tables/trades';
import { UK_TRADES } from './tables/uk-trades';

/** Reference lines grouped the way the generator draws them, built once per reference data. */
export type Catalogue = {
  krByTrade: ReadonlyMap<string, readonly KrLine[]>;
  /** Viet Nam FTA food lines per VN_FOOD_GROUPS entry (same order). */
  vnFood: readonly (readonly KrLine[])[];
  quota: readonly (QuotaLine & { line: KrLine })[];
  ukByTrade: ReadonlyMap<string, readonly UkLine[]>;
  krLines: ReadonlyMap<string, KrLine>;
};

const startsWithAny = (code: string, prefixes: readonly string[]): boolean =>
  prefixes.some((prefix) => code.startsWith(prefix));

const allowed = (code: string): boolean => !startsWithAny(code, EXCLUDED_PREFIXES);

function nonEmpty<T>(lines: T[], what: string): T[] {
  if (lines.length === 0) throw new Error(`the reference data has no lines for ${what}`);
  return lines;
}

export function buildCatalogue(reference: ReferenceData): Catalogue {
  const krAll = [...reference.krLines.values()].filter((line) => allowed(line.code));
  const krByTrade = new Map(
    KR_TRADES.map(([trade]) => [
      trade.id,
      nonEmpty(
        krAll.filter((line) => startsWithAny(line.code, trade.prefixes)),
        `KR trade ${trade.id}`,
      ),
    ]),
  );
  const vnFood = VN_FOOD_GROUPS.map(([group]) =>
    nonEmpty(
      krAll.filter((line) => reference.vkftaCodes.has(line.code) && startsWithAny(line.code, group.prefixes)),
      `VKFTA ${group.prefixes.join('/')}`,
    ),
  );
  const quota = reference.quotaLines.flatMap((quotaLine) => {
    const line = reference.krLines.get(quotaLine.code);
    return line === undefined || !allowed(line.code) ? [] : [{ ...quotaLine, line }];
  });
  const ukAll = reference.ukLines.filter((line) => allowed(line.code));
  const ukByTrade = new Map(
    UK_TRADES.map(([trade]) => [
      trade.id,
      nonEmpty(
        ukAll.filter((line) => startsWithAny(line.code, trade.prefixes)),
        `UK trade ${trade.id}`,
      ),
    ]),
  );
  return { krByTrade, vnFood, quota, ukByTrade, krLines: reference.krLines };
}

/** P3 lines in force on a date, cached per date: a month has at most 31 distinct answers. */
export function quotaLinesOn(
  catalogue: Catalogue,
  date: string,
  cache: Map<string, readonly KrLine[]>,
): readonly KrLine[] {
  let lines = cache.get(date);
  if (lines === undefined) {
    lines = catalogue.quota.filter((q) => q.validFrom <= date && date <= q.validTo).map((q) => q.line);
    cache.set(date, lines);
  }
  return lines;
}
