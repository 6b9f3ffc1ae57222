import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { assessDeclaration } from '@shared/tariff/engine';
import { assessmentJson } from './format';
import { prepare } from './run';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const UKGT = 'assets/data/tariffs/uk/ukgt_2021_with_eu_cet.csv';
const HMRC = 'assets/data/tariffs/uk/hmrc_monthly_exchange_rates.csv';
const TT_IM001A = 'assets/data/declarations/uk-cds/TT_IM001a/declaration.xml';
const KR_FIXTURE = 'test/tariff/fixtures/kr-busan-cod-coffee.declaration.json';

/** Spawn the CLI exactly as npm runs it (tsx), from the repository root. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      ['tsx', 'src-server/assess/cli.ts', ...args],
      {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (caught) {
    const failed = caught as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const options = (profile: 'uk' | 'kr', tariff: string, declaration: string) => ({
  profile,
  tariff: `${ROOT}${tariff}`,
  rates: `${ROOT}${HMRC}`,
  declaration: `${ROOT}${declaration}`,
  json: true,
  acceptanceDate: '2021-01-01',
});

function inProcess(profile: 'uk' | 'kr', tariff: string, declaration: string) {
  const prepared = prepare(options(profile, tariff, declaration));
  if (!prepared.ok) throw new Error(prepared.message);
  return assessmentJson(assessDeclaration(prepared.declaration, prepared.context));
}

describe('npm run assess', () => {
  it('prints one JSON object for TT_IM001a equal to the engine called in-process', async () => {
    const run = await cli([
      '--profile',
      'uk',
      '--tariff',
      UKGT,
      '--rates',
      HMRC,
      '--declaration',
      TT_IM001A,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as ReturnType<typeof assessmentJson>;
    expect(printed).toEqual(inProcess('uk', UKGT, TT_IM001A));
    expect({
      currency: printed.currency,
      items: printed.items.map((i) => ({ sequence: i.sequence, taxes: i.taxes })),
      payable: printed.totals.payable,
    }).toEqual({
      currency: 'GBP',
      items: [
        {
          sequence: 1,
          taxes: [
            { kind: 'customs-duty', code: 'A00', base: '1000.00', rate: '2%', amount: '20.00' },
            { kind: 'vat', code: 'B00', base: '1020.00', rate: '20%', amount: '204.00' },
          ],
        },
      ],
      payable: '224.00',
    });
  }, 60_000);

  it('assesses the Korean JSON fixture with the merged KCS tariff and demo KRW rates', async () => {
    const run = await cli([
      '--profile',
      'kr',
      '--tariff',
      'assets/data/tariffs/kr',
      '--rates',
      HMRC,
      '--declaration',
      KR_FIXTURE,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as ReturnType<typeof assessmentJson>;
    expect(printed).toEqual(inProcess('kr', 'assets/data/tariffs/kr', KR_FIXTURE));
    expect([
      printed.currency,
      printed.items.map((item) => item.sequence),
      printed.trace.exchangeRate.official,
    ]).toEqual(['KRW', [1, 2], false]);
  }, 60_000);

  it('prints a readable notice with the trace without --json', async () => {
    const run = await cli(['--profile', 'uk', '--tariff', UKGT, '--rates', HMRC, '--declaration', TT_IM001A]);
    expect(run.stdout).toContain('Payable: 224.00 GBP');
    expect(run.stdout).toContain('Tariff: UK Global Tariff 2021-01-01');
  }, 60_000);

  it('names a missing file and exits 1', async () => {
    const run = await cli([
      '--profile',
      'uk',
      '--tariff',
      UKGT,
      '--rates',
      HMRC,
      '--declaration',
      'no/such.xml',
      '--json',
    ]);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      1,
      '',
      'assess: cannot read no/such.xml: no such file\n',
    ]);
  }, 60_000);

  it('names the element of a malformed XML and exits 1', async () => {
    const bad = fileURLToPath(new URL('./testdata/malformed.xml', import.meta.url));
    const run = await cli([
      '--profile',
      'uk',
      '--tariff',
      UKGT,
      '--rates',
      HMRC,
      '--declaration',
      bad,
      '--json',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The XML is not well formed');
    expect(run.stderr).toContain('line 3');
  }, 60_000);

  it('refuses a bad profile as a usage error (exit 2)', async () => {
    const run = await cli(['--profile', 'fr', '--tariff', UKGT, '--rates', HMRC, '--declaration', TT_IM001A]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--profile must be uk or kr, not "fr"');
  }, 60_000);
});

describe('npm run assess with hostile input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'assess-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const written = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ['an element named __proto__', '<__proto__/>', 'XML_RESERVED_NAME'],
    [
      'a nesting hidden behind attribute values',
      `${'<a x="/>">'.repeat(40)}${'</a>'.repeat(40)}`,
      'XML_TOO_DEEP',
    ],
  ])(
    'refuses %s with one line and exit 1, never a stack trace',
    async (_what, inserted, code) => {
      const xml = readFileSync(new URL(`../../${TT_IM001A}`, import.meta.url), 'utf8').replace(
        '<TypeCode>IMA</TypeCode>',
        `<TypeCode>IMA</TypeCode>${inserted}`,
      );
      const path = written(`${code}.xml`, xml);
      const run = await cli(['--profile', 'uk', '--tariff', UKGT, '--rates', HMRC, '--declaration', path]);
      expect([run.code, run.stdout, run.stderr]).toEqual([
        1,
        '',
        expect.stringMatching(new RegExp(`^assess: [^\\n]*: ${code}: [^\\n]*\\n$`)),
      ]);
    },
    60_000,
  );
});

describe('the malformed test file', () => {
  it('is really malformed', () => {
    expect(readFileSync(new URL('./testdata/malformed.xml', import.meta.url), 'utf8')).toContain(
      '</TypeCod>',
    );
  });
});
