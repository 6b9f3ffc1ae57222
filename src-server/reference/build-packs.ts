import type {
  CodeEntry,
  CodesPack,
  RatesPack,
  ReferenceKind,
  TariffPack,
  TaxesPack,
} from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain/post';
import { LANE_NAMES, REASON_CODES } from '@shared/domain/reason-codes';
import { CORRECTABLE_FIELD_NAMES } from '@shared/domain/decision-details';
import { coverageOf } from '@shared/tariff/coverage';
import {
  buildKoreanDemoTariff,
  deriveDemoKrwRates,
  importHmrcMonthlyRates,
  importKcsHskList,
  importP3QuotaTariff,
  importUkGlobalTariff,
  importVkftaSchedule,
  KCS_UNITS,
} from '@shared/tariff/import';
import { parseRateExpression } from '@shared/tariff/expression';
import { importNationalTaxRates } from '@shared/tariff/national-rates/import';
import type { NationalTaxRatesFile } from '@shared/tariff/national-rates/schema';
import { readCsv } from '@shared/tariff/import/csv';
import type { AssessmentContext, ExchangeRateTable, ImportError, TariffSchedule } from '@shared/tariff/types';
import type { Result } from '@shared/util/result';
import { DOCUMENT_CODES } from './document-codes';
import { SOURCES, type SourceReader } from './sources';

// The four reference packs of a jurisdiction, built from the files in assets/data with the same
// importers `npm run assess` uses, so the device assesses with exactly what the CLI reads.

const LABEL_MAX = 200;

function unwrap<T>(file: string, result: Result<T, ImportError>): T {
  if (result.ok) return result.value;
  const { code, message, where } = result.error;
  throw new Error(
    `reference data: ${file}: ${code}: ${message}${where === undefined ? '' : ` (at ${where})`}`,
  );
}

const label = (text: string): string =>
  text.length <= LABEL_MAX ? text : `${text.slice(0, LABEL_MAX - 1)}…`;

// The last schedule and rate table imported for each jurisdiction, with the hash of the files they
// come from: the demo seed (pricing its payments) and the publication of the packs in the same
// process import each once. A changed file is a new hash and replaces the entry, so nothing stale
// is reused and a process holds one of each, as the seed did before.
type Imported<T> = Map<Jurisdiction, { hash: string; value: T }>;
const schedules: Imported<TariffSchedule> = new Map();
const rateTables: Imported<ExchangeRateTable> = new Map();

function memo<T>(cache: Imported<T>, jurisdiction: Jurisdiction, hash: string, build: () => T): T {
  const held = cache.get(jurisdiction);
  if (held?.hash === hash) return held.value;
  const value = build();
  cache.set(jurisdiction, { hash, value });
  return value;
}

/** A jurisdiction's tariff schedule as the CLI imports it: the UKGT, or Korea's demo tariff. */
function importSchedule(sources: SourceReader, jurisdiction: Jurisdiction): TariffSchedule {
  return memo(schedules, jurisdiction, sources.inputsHash('tariff', jurisdiction), () => {
    const text = (name: keyof typeof SOURCES) => sources.text(name);
    return jurisdiction === 'uk'
      ? unwrap(SOURCES.ukgt.path, importUkGlobalTariff(text('ukgt')))
      : unwrap(
          'tariffs/kr',
          buildKoreanDemoTariff(
            unwrap(SOURCES.kcsHsk.path, importKcsHskList(text('kcsHsk'))),
            unwrap(SOURCES.vkfta.path, importVkftaSchedule(text('vkfta'))),
            unwrap(SOURCES.p3.path, importP3QuotaTariff(text('p3'))),
          ),
        );
  });
}

/** A jurisdiction's exchange rates: HMRC's monthly rates, or Korea's demo won rates derived from them. */
function importRates(sources: SourceReader, jurisdiction: Jurisdiction): ExchangeRateTable {
  return memo(rateTables, jurisdiction, sources.inputsHash('rates', jurisdiction), () =>
    jurisdiction === 'uk'
      ? unwrap(SOURCES.hmrcRates.path, importHmrcMonthlyRates(sources.text('hmrcRates')))
      : deriveDemoKrwRates(importRates(sources, 'uk')),
  );
}

/** A jurisdiction's national tax-rate table as shipped (Korea's, from the statutes); null where none is. */
function importNationalRates(sources: SourceReader, jurisdiction: Jurisdiction): NationalTaxRatesFile | null {
  if (jurisdiction !== 'kr') return null;
  return unwrap(
    SOURCES.krNationalTaxes.path,
    importNationalTaxRates(sources.text('krNationalTaxes'), jurisdiction),
  );
}

/** The engine's inputs for a jurisdiction, exactly what its tariff, rates and taxes packs publish. */
export function assessmentContext(sources: SourceReader, jurisdiction: Jurisdiction): AssessmentContext {
  const national = importNationalRates(sources, jurisdiction);
  return {
    profile: jurisdiction,
    tariff: importSchedule(sources, jurisdiction),
    rates: importRates(sources, jurisdiction),
    ...(national === null
      ? {}
      : { nationalTaxRates: national.rates, nationalTaxRatesVersion: national.version }),
  };
}

/** Builds packs on demand. */
export class PackBuilder {
  constructor(
    private readonly sources: SourceReader,
    /** When the packs are published: shown as their age on the status bar. */
    private readonly publishedAt: string,
  ) {}

  private header(kind: ReferenceKind, jurisdiction: Jurisdiction, text: string) {
    return {
      jurisdiction,
      label: label(text),
      publishedAt: this.publishedAt,
      sources: this.sources.provenance(kind, jurisdiction),
    };
  }

  tariff(jurisdiction: Jurisdiction): TariffPack {
    const schedule = importSchedule(this.sources, jurisdiction);
    return {
      kind: 'tariff',
      ...this.header('tariff', jurisdiction, schedule.version),
      // Korea's schedule is a demo: the public data has no basic (A) or WTO (C) rates.
      demo: jurisdiction === 'kr',
      schedule,
    };
  }

  rates(jurisdiction: Jurisdiction): RatesPack {
    const table = importRates(this.sources, jurisdiction);
    const covers = coverageOf(table);
    if (covers === null) throw new Error(`reference data: ${SOURCES.hmrcRates.path} holds no rates`);
    // The Korean table's label is "demo rates, not KCS rates" and must stay visible as such.
    const text = table.official ? table.version : `${table.label} (${table.version})`;
    return {
      kind: 'rates',
      ...this.header('rates', jurisdiction, text),
      demo: !table.official,
      covers,
      table,
    };
  }

  /** Korea's rates as read from the statutes; the UK's excise rates are not in the public data: none, never invented. */
  taxes(jurisdiction: Jurisdiction): TaxesPack {
    const national = importNationalRates(this.sources, jurisdiction);
    const text = national?.version ?? 'UK excise rates: none published';
    return {
      kind: 'taxes',
      ...this.header('taxes', jurisdiction, text),
      demo: false,
      rates: national?.rates ?? [],
    };
  }

  codes(jurisdiction: Jurisdiction): CodesPack {
    const reasons = Object.fromEntries(
      Object.entries(REASON_CODES).map(([kind, list]) => [
        kind,
        list.map(({ code, en, ko }) => ({ code, en, local: ko })),
      ]),
    );
    const lanes = Object.entries(LANE_NAMES).map(([code, { en, ko }]) => ({ code, en, local: ko }));
    return {
      kind: 'codes',
      ...this.header('codes', jurisdiction, `Border Post code lists (${jurisdiction.toUpperCase()})`),
      demo: false,
      reasons,
      documents: DOCUMENT_CODES[jurisdiction],
      countries: this.countries(),
      units: this.units(jurisdiction),
      lanes,
      // The particulars a correction request (정정 요구) may name, one list for KR and the UK.
      other: {
        correctableFields: Object.entries(CORRECTABLE_FIELD_NAMES).map(([code, { en, ko }]) => ({
          code,
          en,
          local: ko,
        })),
      },
    };
  }

  private countries(): CodeEntry[] {
    const rows = unwrap(
      SOURCES.countries.path,
      readCsv(this.sources.text('countries'), {
        file: SOURCES.countries.path,
        required: ['ISO3166-1-Alpha-2', 'CLDR display name', 'official_name_en'],
      }),
    );
    return rows
      .map(({ cells }) => ({
        code: cells['ISO3166-1-Alpha-2']?.trim() ?? '',
        en: (cells['CLDR display name'] || cells['official_name_en'] || '').trim(),
      }))
      .filter((entry) => /^[A-Z]{2}$/.test(entry.code) && entry.en !== '')
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  /** The UN/ECE Rec 20 units this jurisdiction's tariff lines use, with their Rec 20 names. */
  private units(jurisdiction: Jurisdiction): CodeEntry[] {
    const used = new Set<string>();
    for (const line of importSchedule(this.sources, jurisdiction).lines) {
      if (line.supplementaryUnit !== undefined) used.add(line.supplementaryUnit);
      for (const measure of line.measures) {
        const parsed = parseRateExpression(measure.expression, {
          bareNumberIsPercent: jurisdiction === 'kr',
        });
        if (parsed.ok) collectUnits(parsed.value, used);
      }
    }
    if (jurisdiction === 'kr') for (const unit of KCS_UNITS.values()) used.add(unit);
    // The header cell "Common Code" holds a line break (CRLF in the published file).
    const aliases = new Map([
      ['Common\r\nCode', 'Code'],
      ['Common\nCode', 'Code'],
    ]);
    const rows = unwrap(
      SOURCES.units.path,
      readCsv(this.sources.text('units'), { file: SOURCES.units.path, required: ['Code', 'Name'], aliases }),
    );
    const names = new Map(
      rows.map(({ cells }) => [cells['Code']?.trim() ?? '', cells['Name']?.trim() ?? '']),
    );
    return [...used].sort().map((code) => ({ code, en: names.get(code) || code }));
  }
}

/** Every `unit` named anywhere in a parsed rate expression. */
function collectUnits(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) for (const child of node) collectUnits(child, into);
  else if (typeof node === 'object' && node !== null)
    for (const [key, value] of Object.entries(node)) {
      if (key === 'unit' && typeof value === 'string') into.add(value);
      else collectUnits(value, into);
    }
}
