import { z } from 'zod';
import { SOURCES } from '../reference/sources';
import { readCsv } from './csv';

/** One 10-digit HSK line of the KCS 2025 list. */
export type KrLine = {
  code: string;
  nameKo: string;
  nameEn: string;
  /** The HS 2022 six-digit description, shown when the HSK name alone says only "기타 / Other". */
  headingEn: string | null;
  /** KCS quantity unit code (U, L, M2…); empty when the line is declared by weight only. */
  kcsUnit: string;
  validFrom: string;
  validTo: string;
};

export type QuotaLine = { code: string; validFrom: string; validTo: string };

export type UkLine = { code: string; description: string };

export type ReferenceData = {
  /** 10-digit HSK lines in force during 2025, by code. */
  krLines: ReadonlyMap<string, KrLine>;
  /**
   * Codes of the Korea–Viet Nam FTA schedule that still exist in the 2025 HSK and whose FVN1 rate
   * for 2026 is printed in the schedule or follows from its staging formula: the lines the public
   * data rates, one rate for the whole line (the rest are ex-outs, indicative, ranges or base
   * rates, see assets/data/PROVENANCE.md).
   */
  vkftaCodes: ReadonlySet<string>;
  /** P3 quota-tariff lines with their validity (2025 and 2026). */
  quotaLines: readonly QuotaLine[];
  /** UK Global Tariff declarable lines, 10 digits (an 8-digit leaf padded with "00"). */
  ukLines: readonly UkLine[];
  /** Currencies with an HMRC monthly rate, by month ("2026-09"). */
  hmrcCurrenciesByMonth: ReadonlyMap<string, ReadonlySet<string>>;
};

/** The files the generator reads: the reference packs' own, and the HS 2022 headings. */
export const REFERENCE_FILES = {
  kcsHsk: SOURCES.kcsHsk.path,
  vkfta: SOURCES.vkfta.path,
  quota: SOURCES.p3.path,
  ukgt: SOURCES.ukgt.path,
  hmrcRates: SOURCES.hmrcRates.path,
  hs2022: 'hs/hs2022_harmonized_system.csv',
} as const;

const yyyymmdd = z.string().regex(/^\d{8}$/, 'a date is YYYYMMDD');
const isoDate = z.iso.date();

const KcsRow = z.object({
  HS부호: z.string().regex(/^\d{7,10}$/, 'an HSK code is 7 to 10 digits'),
  적용시작일자: yyyymmdd,
  적용종료일자: yyyymmdd,
  한글품목명: z.string().min(1),
  영문품목명: z.string(),
  수량단위코드: z.string().regex(/^[A-Z0-9]{0,3}$/, 'a KCS unit code is up to 3 letters or digits'),
});

const VkftaRow = z.object({
  code: z.string().regex(/^\d{10}$/, 'a VKFTA schedule code is 10 digits'),
  in_kcs_hsk2025: z.enum(['yes', 'no']),
  exout_description: z.string(),
  fvn_2026_derived: z.string(),
  derivation_basis: z.string(),
});

const QuotaRow = z.object({
  code: z.string().regex(/^\d{10}$/, 'a quota-tariff code is 10 digits'),
  valid_from: isoDate,
  valid_to: isoDate,
});

const UkgtRow = z.object({
  // The source lost the leading zero of chapters 01–09, so 7 and 9 digits are expected here.
  commodity: z.string().regex(/^\d{7,10}$/, 'a commodity code is 7 to 10 digits'),
  description: z.string().min(1),
});

const HmrcRow = z.object({
  period_start: isoDate,
  currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is an ISO 4217 code'),
});

const HsRow = z.object({ hscode: z.string().min(1), description: z.string(), level: z.string() });

/** Dates in the KCS list are YYYYMMDD; everything else in the project uses ISO dates. */
function isoFromKcs(value: string): string {
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
}

/** The UKGT file dropped leading zeros: "1012100" is 01012100. Codes always have an even length. */
export function padCommodityCode(code: string): string {
  return code.length % 2 === 1 ? `0${code}` : code;
}

function loadHs6(dir: string): Map<string, string> {
  const headings = new Map<string, string>();
  for (const row of readCsv(dir, REFERENCE_FILES.hs2022, HsRow)) {
    if (row.level === '6') headings.set(row.hscode, row.description);
  }
  return headings;
}

function loadKrLines(dir: string): Map<string, KrLine> {
  const headings = loadHs6(dir);
  const lines = new Map<string, KrLine>();
  for (const row of readCsv(dir, REFERENCE_FILES.kcsHsk, KcsRow)) {
    const code = row.HS부호;
    // 7–9 digit rows are grouping lines; only 10-digit lines are declared.
    if (code.length !== 10) continue;
    const validFrom = isoFromKcs(row.적용시작일자);
    const validTo = isoFromKcs(row.적용종료일자);
    if (validFrom > '2025-12-31' || validTo < '2025-01-01') continue;
    lines.set(code, {
      code,
      nameKo: row.한글품목명.trim(),
      nameEn: row.영문품목명.trim(),
      headingEn: headings.get(code.slice(0, 6)) ?? null,
      kcsUnit: row.수량단위코드,
      validFrom,
      validTo,
    });
  }
  return lines;
}

function loadVkftaCodes(dir: string): Set<string> {
  const rated = new Set<string>();
  const unsettled = new Set<string>();
  for (const row of readCsv(dir, REFERENCE_FILES.vkfta, VkftaRow)) {
    // An ex-out row rates part of a line only, under a condition the officer must judge.
    const settled =
      row.in_kcs_hsk2025 === 'yes' &&
      row.exout_description === '' &&
      /^(printed|formula)\b/.test(row.derivation_basis) &&
      row.fvn_2026_derived !== '';
    (settled ? rated : unsettled).add(row.code);
  }
  return new Set([...rated].filter((code) => !unsettled.has(code)));
}

function loadQuotaLines(dir: string): QuotaLine[] {
  return readCsv(dir, REFERENCE_FILES.quota, QuotaRow).map((row) => ({
    code: row.code,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  }));
}

/** Declarable UK lines: every 10-digit code, and 8-digit codes that have no 10-digit lines below them. */
function loadUkLines(dir: string): UkLine[] {
  const rows = readCsv(dir, REFERENCE_FILES.ukgt, UkgtRow).map((row) => ({
    code: padCommodityCode(row.commodity),
    description: row.description.trim(),
  }));
  const subdivided = new Set(rows.filter((row) => row.code.length === 10).map((row) => row.code.slice(0, 8)));
  return rows
    .filter((row) => row.code.length === 10 || !subdivided.has(row.code))
    .map((row) => ({
      code: row.code.length === 10 ? row.code : `${row.code}00`,
      description: row.description,
    }));
}

function loadHmrcMonths(dir: string): Map<string, Set<string>> {
  const months = new Map<string, Set<string>>();
  for (const row of readCsv(dir, REFERENCE_FILES.hmrcRates, HmrcRow)) {
    const month = row.period_start.slice(0, 7);
    let set = months.get(month);
    if (set === undefined) months.set(month, (set = new Set()));
    set.add(row.currency);
  }
  return months;
}

const cache = new Map<string, ReferenceData>();

/** Loads (once per directory) the reference files the generator needs. */
export function loadReferenceData(referenceDir: string): ReferenceData {
  const cached = cache.get(referenceDir);
  if (cached !== undefined) return cached;
  const data: ReferenceData = {
    krLines: loadKrLines(referenceDir),
    vkftaCodes: loadVkftaCodes(referenceDir),
    quotaLines: loadQuotaLines(referenceDir),
    ukLines: loadUkLines(referenceDir),
    hmrcCurrenciesByMonth: loadHmrcMonths(referenceDir),
  };
  cache.set(referenceDir, data);
  return data;
}
