import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runAssess } from './run';

// Hostile inputs fed to the whole command, in process: every refusal is one line naming the file
// and the error code, with exit 1; an assessment that meets a bad figure lists it as a problem.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RATES = `${ROOT}assets/data/tariffs/uk/hmrc_monthly_exchange_rates.csv`;
const TT_IM001A = readFileSync(`${ROOT}assets/data/declarations/uk-cds/TT_IM001a/declaration.xml`, 'utf8');
const KR_FIXTURE = readFileSync(`${ROOT}test/tariff/fixtures/kr-busan-cod-coffee.declaration.json`, 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'assess-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const tariff = (expression: string, jurisdiction = 'uk') =>
  file(
    `tariff-${jurisdiction}-${expression.length}-${expression.slice(-12).replace(/\W/g, '_')}.json`,
    JSON.stringify({
      format: 'border-post-tariff',
      formatVersion: 1,
      schedule: {
        jurisdiction,
        version: 'hostile test tariff',
        lines: ['8510900000', '0303630000', '0901110000'].map((code) => ({
          code,
          description: 'test line',
          measures: [
            { kind: 'third-country', code: jurisdiction === 'uk' ? '103' : 'A', expression, source: 'test' },
          ],
        })),
      },
    }),
  );

const run = (declaration: string, options: { tariff?: string; profile?: 'uk' | 'kr' } = {}) =>
  runAssess([
    '--profile',
    options.profile ?? 'uk',
    '--tariff',
    options.tariff ?? tariff('2%'),
    '--rates',
    RATES,
    '--declaration',
    declaration,
    '--json',
  ]);

/** TT_IM001a with `find` replaced, as a file. */
const cds = (name: string, find: string | RegExp, replace: string) => {
  const text = TT_IM001A.replace(find, replace);
  if (text === TT_IM001A) throw new Error(`${name}: nothing replaced`);
  return file(name, text);
};

const plain = () => file('plain.xml', TT_IM001A);

const ONE_LINE = /^assess: [^\n]*\n$/;

describe('the assess command refuses hostile declarations with one line and exit 1', () => {
  it('a project JSON declaration with a price of -1000', async () => {
    const json = KR_FIXTURE.replace(/"price": "[\d.]+"/, '"price": "-1000"');
    const path = file('negative-price.json', json);
    expect(await run(path, { profile: 'kr', tariff: tariff('8%', 'kr') })).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: `assess: ${path}: AMOUNT_NEGATIVE: items[0].price: -1000 is below zero; amounts, quantities and masses never are (at items[0].price)\n`,
    });
  });

  it('a CDS declaration with a price of -1000', async () => {
    const path = cds('negative-price.xml', 'currencyID="GBP">1000<', 'currencyID="GBP">-1000<');
    const outcome = await run(path);
    expect([outcome.exitCode, outcome.stderr]).toEqual([
      1,
      `assess: ${path}: AMOUNT_NEGATIVE: GovernmentAgencyGoodsItem 1: Commodity/InvoiceLine/ItemChargeAmount "-1000" is negative; amounts, quantities and masses are never below zero (at GovernmentAgencyGoodsItem 1: Commodity/InvoiceLine/ItemChargeAmount)\n`,
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a CDS element named %s', async (name) => {
    const path = cds(
      `element-${name}.xml`,
      '<TypeCode>IMA</TypeCode>',
      `<TypeCode>IMA</TypeCode><${name}>x</${name}>`,
    );
    const outcome = await run(path);
    expect([outcome.exitCode, outcome.stderr]).toEqual([
      1,
      `assess: ${path}: XML_RESERVED_NAME: The name "${name}" is reserved in JavaScript (__proto__, constructor, prototype); no CDS element or attribute has it. (at line 31)`.concat(
        '\n',
      ),
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a CDS attribute named %s', async (name) => {
    const path = cds(`attribute-${name}.xml`, '<TypeCode>IMA<', `<TypeCode ${name}="x">IMA<`);
    const outcome = await run(path);
    expect([outcome.exitCode, outcome.stderr]).toMatchObject([1, expect.stringMatching(ONE_LINE)]);
    expect(outcome.stderr).toContain(`XML_RESERVED_NAME: The name "${name}"`);
  });

  it('a CDS declaration hiding 40 levels of nesting behind attribute values that end in "/>"', async () => {
    const hidden = `${'<a x="/>">'.repeat(40)}${'</a>'.repeat(40)}`;
    const path = cds('hidden-depth.xml', '<TypeCode>IMA</TypeCode>', `<TypeCode>IMA</TypeCode>${hidden}`);
    const outcome = await run(path);
    expect([outcome.exitCode, outcome.stderr]).toEqual([
      1,
      `assess: ${path}: XML_TOO_DEEP: Element "a" is nested 33 levels deep; the limit is 32. (at line 31)\n`,
    ]);
  });

  it('a CDS value of 4 MB, echoed as a preview', async () => {
    const path = cds('huge-value.xml', '<TypeCode>IMA<', `<TypeCode>${'X'.repeat(4_000_000)}<`);
    const outcome = await run(path);
    expect([outcome.exitCode, outcome.stderr]).toEqual([
      1,
      `assess: ${path}: CDS_INVALID_VALUE: Declaration/TypeCode "${'X'.repeat(80)}…" (4000000 characters) is not an import declaration type (IMA, IMB, IMD, IMY…) (at Declaration/TypeCode)\n`,
    ]);
  });

  it('a tariff whose rate is 100,000 digits long', async () => {
    const path = tariff(`${'1'.repeat(100_000)}%`);
    const outcome = await runAssess([
      ...['--profile', 'uk', '--tariff', path, '--rates', RATES],
      ...['--declaration', plain(), '--json'],
    ]);
    expect([outcome.exitCode, outcome.stderr]).toEqual([
      1,
      `assess: ${path}: INVALID_FIELD: $.schedule.lines[0].measures[0].expression: a rate is at most 1000 characters (at $.schedule.lines[0].measures[0].expression)\n`,
    ]);
  });
});

describe('the assess command lists a bad figure met while assessing as a problem (exit 0, incomplete)', () => {
  const problemsOf = (stdout: string) => {
    const printed = JSON.parse(stdout) as { complete: boolean; items: Array<{ problems: unknown[] }> };
    return { complete: printed.complete, problems: printed.items.map((item) => item.problems) };
  };

  it('deductions beyond the price: NEGATIVE_CUSTOMS_VALUE, never a negative duty base', async () => {
    const deduction =
      '<CustomsValuation><ChargeDeduction><ChargesTypeCode>BC</ChargesTypeCode><OtherChargeDeductionAmount currencyID="GBP">5000</OtherChargeDeductionAmount></ChargeDeduction>';
    const outcome = await run(cds('deduction.xml', '<CustomsValuation>', deduction));
    expect([outcome.exitCode, problemsOf(outcome.stdout)]).toEqual([
      0,
      {
        complete: false,
        problems: [
          [
            {
              code: 'NEGATIVE_CUSTOMS_VALUE',
              message:
                'the customs value is -4000 GBP: the deductions exceed the price and additions, and a value below zero is never a tax base',
            },
          ],
        ],
      },
    ]);
  });

  it.each(['5 EUR/constructor', '5 EUR/__proto__', '5 EUR/toString'])(
    'a tariff rate "%s": RATE_REJECTED as an unknown unit',
    async (expression) => {
      const outcome = await run(plain(), {
        tariff: tariff(expression),
      });
      expect([outcome.exitCode, problemsOf(outcome.stdout).problems[0]]).toEqual([
        0,
        [
          expect.objectContaining({
            code: 'RATE_REJECTED',
            message: expect.stringContaining('(unknown-unit)'),
          }),
        ],
      ]);
    },
  );
});

describe('the assess command never prints a stack trace', () => {
  it('turns an exception into one line and exit 3', async () => {
    const path = plain();
    const outcome = await runAssess(
      ['--profile', 'uk', '--tariff', tariff('2%'), '--rates', RATES, '--declaration', path],
      () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    );
    expect(outcome).toEqual({
      exitCode: 3,
      stdout: '',
      stderr: `assess: ${path}: internal error, please report it with the input files: Maximum call stack size exceeded\n`,
    });
  });
});

describe('the assess command loads the national tax-rate table', () => {
  const KR_TAXES = `${ROOT}test/tariff/fixtures/kr-incheon-internal-taxes.declaration.json`;
  const KR_TARIFF = `${ROOT}test/tariff/fixtures/kr-internal-taxes.tariff.json`;
  const kr = (...extra: string[]) =>
    runAssess([
      '--profile',
      'kr',
      '--tariff',
      KR_TARIFF,
      '--rates',
      RATES,
      '--declaration',
      KR_TAXES,
      '--json',
      ...extra,
    ]);
  const kinds = (stdout: string) =>
    (JSON.parse(stdout) as { items: Array<{ taxes: Array<{ kind: string; amount: string }> }> }).items.map(
      (item) => item.taxes.map((t) => `${t.kind} ${t.amount}`),
    );

  it('shipped for kr by default: a car, whisky, beer and petrol with their internal taxes', async () => {
    const outcome = await kr();
    expect(outcome.exitCode).toBe(0);
    expect(kinds(outcome.stdout)).toEqual([
      ['customs-duty 2400000', 'individual-consumption 1134000', 'education 340200', 'vat 3387420'],
      ['customs-duty 2000000', 'liquor 8640000', 'education 2592000', 'vat 2323200'],
      ['customs-duty 0', 'liquor 8857000', 'education 2657100', 'vat 1951410'],
      ['customs-duty 360000', 'traffic-energy-environment 8982000', 'education 1347300', 'vat 2268930'],
    ]);
    expect(JSON.parse(outcome.stdout).trace.nationalTaxRatesVersion).toBe(
      'KR national tax rates (statutes as of 2026-06-08)',
    );
  });

  it('replaced by --national-rates: an empty table leaves every internal tax as a missing rate', async () => {
    const empty = file(
      'empty-rates.json',
      JSON.stringify({ jurisdiction: 'kr', version: 'empty', rates: [] }),
    );
    const outcome = await kr('--national-rates', empty);
    const parsed = JSON.parse(outcome.stdout) as {
      complete: boolean;
      items: Array<{ problems: Array<{ code: string }> }>;
    };
    expect(parsed.complete).toBe(false);
    expect(parsed.items.map((item) => item.problems.map((p) => p.code))).toEqual([
      ['EXCISE_RATE_NOT_IN_DATA', 'EXCISE_RATE_NOT_IN_DATA'],
      ['EXCISE_RATE_NOT_IN_DATA', 'EXCISE_RATE_NOT_IN_DATA'],
      ['EXCISE_RATE_NOT_IN_DATA', 'EXCISE_RATE_NOT_IN_DATA'],
      ['EXCISE_RATE_NOT_IN_DATA', 'EXCISE_RATE_NOT_IN_DATA'],
    ]);
  });

  it('refuses a table with an unparseable rate in one line naming the file, the field and the article', async () => {
    const bad = file(
      'bad-rates.json',
      JSON.stringify({
        jurisdiction: 'kr',
        version: 'bad',
        rates: [{ kind: 'liquor', match: '2208', expression: '72 percent', source: '주세법 제8조' }],
      }),
    );
    const outcome = await kr('--national-rates', bad);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toMatch(
      /^assess: .*bad-rates\.json: UNPARSEABLE_RATE: \$\.rates\[0\]\.expression: .*\(주세법 제8조\) \(at \$\.rates\[0\]\.expression\)\n$/,
    );
  });
});
