import { parseArgs } from 'node:util';
import type { Jurisdiction } from '@shared/domain';

/** Used for a CDS XML that carries no acceptance date: the first day the UK Global Tariff in assets/data is in force. */
export const DEFAULT_ACCEPTANCE_DATE = '2021-01-01';

export type AssessOptions = {
  profile: Jurisdiction;
  tariff: string;
  rates: string;
  declaration: string;
  json: boolean;
  acceptanceDate: string;
  /** Also write the trader's PDF notice to this file. */
  notice?: string;
  /** The national tax-rate table; absent: the one shipped for the profile, if any. */
  nationalRates?: string;
};

export const USAGE = `Usage: npm run -s assess -- --profile uk|kr --tariff <file|dir> --rates <hmrc rates csv> --declaration <file.xml|file.json> [--json] [--acceptance-date YYYY-MM-DD] [--notice <file.pdf>] [--national-rates <file.json>]

  --profile          uk (UK CDS, GBP) or kr (Korea, KRW)
  --tariff           uk: the UK Global Tariff CSV or a project JSON tariff;
                     kr: a project JSON tariff, or a directory holding the KCS HSK, VKFTA and P3 CSVs
  --rates            HMRC monthly exchange rates CSV (kr: demo KRW rates are derived from it)
  --declaration      a UK CDS declaration (.xml, WCO DEC-DMS:2) or a project JSON declaration (.json)
  --json             print one JSON object and nothing else
  --acceptance-date  date of acceptance for a CDS XML that carries none (default ${DEFAULT_ACCEPTANCE_DATE})
  --notice           also write the trader's PDF notice of assessment there (Korean for kr, English for uk)
  --national-rates   a national tax-rate table (docs/national-tax-rates.schema.json) replacing the shipped
                     one (kr: assets/data/taxes/kr/national-tax-rates.json; uk: none shipped)

Exit codes: 0 assessed (an item that cannot be assessed is listed as a problem), 1 an input file is
missing, unreadable, malformed or refused (one line: file, error code, what), 2 usage error, 3 internal error.`;

export type ParsedArgs =
  { kind: 'help' } | { kind: 'run'; options: AssessOptions } | { kind: 'usage-error'; message: string };

export function parseAssessArgs(argv: string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        profile: { type: 'string' },
        tariff: { type: 'string' },
        rates: { type: 'string' },
        declaration: { type: 'string' },
        json: { type: 'boolean', default: false },
        'acceptance-date': { type: 'string' },
        notice: { type: 'string' },
        'national-rates': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (caught) {
    return { kind: 'usage-error', message: caught instanceof Error ? caught.message : String(caught) };
  }
  if (values.help) return { kind: 'help' };
  const profile = values.profile;
  if (profile !== undefined && profile !== 'uk' && profile !== 'kr')
    return { kind: 'usage-error', message: `--profile must be uk or kr, not "${profile}"` };
  const missing = (['profile', 'tariff', 'rates', 'declaration'] as const).filter(
    (name) => values[name] === undefined,
  );
  if (missing.length > 0 || profile === undefined)
    return { kind: 'usage-error', message: `missing ${missing.map((name) => `--${name}`).join(', ')}` };
  const acceptanceDate = values['acceptance-date'] ?? DEFAULT_ACCEPTANCE_DATE;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(acceptanceDate))
    return { kind: 'usage-error', message: `--acceptance-date must be YYYY-MM-DD, not "${acceptanceDate}"` };
  return {
    kind: 'run',
    options: {
      profile,
      tariff: values.tariff ?? '',
      rates: values.rates ?? '',
      declaration: values.declaration ?? '',
      json: values.json,
      acceptanceDate,
      ...(values.notice === undefined ? {} : { notice: values.notice }),
      ...(values['national-rates'] === undefined ? {} : { nationalRates: values['national-rates'] }),
    },
  };
}
