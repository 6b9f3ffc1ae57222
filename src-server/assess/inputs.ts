import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Declaration } from '@shared/domain';
import { importCdsDeclaration, importProjectDeclaration } from '@shared/declarations';
import {
  buildKoreanDemoTariff,
  createTariffIndex,
  deriveDemoKrwRates,
  importHmrcMonthlyRates,
  importKcsHskList,
  importP3QuotaTariff,
  importProjectTariff,
  importUkGlobalTariff,
  importVkftaSchedule,
} from '@shared/tariff/import';
import { supplementaryUnitOf } from '@shared/tariff/engine';
import type { ExchangeRateTable, ImportError, TariffSchedule } from '@shared/tariff/types';
import type { Result } from '@shared/util/result';
import { err, ok } from '@shared/util/result';
import { importNationalTaxRates } from '@shared/tariff/national-rates/import';
import type { NationalTaxRatesFile } from '@shared/tariff/national-rates/schema';
import { SHIPPED_NATIONAL_RATES } from '../reference/sources';
import type { AssessOptions } from './args';

/** An input problem, always naming the file. */
export type InputError = { file: string; message: string };

const HSK_FILE = 'kcs_hs_codes_2025.csv';
const VKFTA_FILE = 'kr_vkfta_korea_schedule.csv';
const P3_FILE = 'kr_quota_tariff_p3_2025_2026.csv';

export function readText(file: string): Result<string, InputError> {
  try {
    return ok(readFileSync(file, 'utf8'));
  } catch (caught) {
    const code = (caught as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(caught);
    return err({ file, message: `cannot read ${file}: ${why}` });
  }
}

/** "file.xml: XML_RESERVED_NAME: The name … (at line 3)": the file, the error code, what and where. */
const named = (file: string, error: ImportError): InputError => ({
  file,
  message: `${file}: ${error.code}: ${error.message}${error.where === undefined ? '' : ` (at ${error.where})`}`,
});

function fromImport<T>(file: string, result: Result<T, ImportError>): Result<T, InputError> {
  return result.ok ? result : err(named(file, result.error));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function loadTariff(options: AssessOptions): Result<TariffSchedule, InputError> {
  const path = options.tariff;
  if (extname(path).toLowerCase() === '.json') {
    const text = readText(path);
    return text.ok ? fromImport(path, importProjectTariff(text.value)) : text;
  }
  if (options.profile === 'uk') {
    const text = readText(path);
    return text.ok ? fromImport(path, importUkGlobalTariff(text.value)) : text;
  }
  if (!isDirectory(path))
    return err({
      file: path,
      message: `${path}: for --profile kr, --tariff is a project JSON tariff or a directory holding ${HSK_FILE}, ${VKFTA_FILE} and ${P3_FILE}`,
    });
  const load = (name: string, importer: (csv: string) => Result<TariffSchedule, ImportError>) => {
    const file = join(path, name);
    const text = readText(file);
    return text.ok ? fromImport(file, importer(text.value)) : text;
  };
  const hsk = load(HSK_FILE, importKcsHskList);
  if (!hsk.ok) return hsk;
  const vkfta = load(VKFTA_FILE, importVkftaSchedule);
  if (!vkfta.ok) return vkfta;
  const p3 = load(P3_FILE, importP3QuotaTariff);
  if (!p3.ok) return p3;
  return fromImport(path, buildKoreanDemoTariff(hsk.value, vkfta.value, p3.value));
}

/** UK: HMRC's official monthly rates. KR: demo KRW rates derived from them, labelled as such. */
export function loadRates(options: AssessOptions): Result<ExchangeRateTable, InputError> {
  const text = readText(options.rates);
  if (!text.ok) return text;
  const hmrc = fromImport(options.rates, importHmrcMonthlyRates(text.value));
  if (!hmrc.ok || options.profile === 'uk') return hmrc;
  return ok(deriveDemoKrwRates(hmrc.value));
}

export function loadDeclaration(
  options: AssessOptions,
  tariff: TariffSchedule,
): Result<Declaration, InputError> {
  const path = options.declaration;
  const text = readText(path);
  if (!text.ok) return text;
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return fromImport(path, importProjectDeclaration(text.value));
  if (extension !== '.xml')
    return err({ file: path, message: `${path}: a declaration is a UK CDS .xml or a project .json file` });
  const index = createTariffIndex(tariff);
  return fromImport(
    path,
    importCdsDeclaration(text.value, {
      acceptanceDate: options.acceptanceDate,
      supplementaryUnit: (code) => {
        const match = index.findLine(code);
        return match ? supplementaryUnitOf(match.line) : undefined;
      },
    }),
  );
}

/**
 * The national tax-rate table: the file given, else the one shipped for the profile (Korea's, read
 * from the statutes), else none (the UK's excise rates are not in the public data).
 */
export function loadNationalRates(options: AssessOptions): Result<NationalTaxRatesFile | null, InputError> {
  const path = options.nationalRates ?? SHIPPED_NATIONAL_RATES[options.profile];
  if (path === null) return ok(null);
  const text = readText(path);
  return text.ok ? fromImport(path, importNationalTaxRates(text.value, options.profile)) : text;
}
