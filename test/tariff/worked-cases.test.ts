// Worked cases on real data files (assets/data), each stating where its rule and figures come from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Declaration } from '../../shared/domain/declaration';
import { assessDeclaration } from '../../shared/tariff/engine';
import { importHmrcMonthlyRates } from '../../shared/tariff/import/hmrc-rates';
import { importProjectTariff } from '../../shared/tariff/import/project-tariff';
import { mergeSchedules } from '../../shared/tariff/import/merge';
import { importP3QuotaTariff } from '../../shared/tariff/import/p3-quota';
import { importUkGlobalTariff } from '../../shared/tariff/import/uk-global-tariff';
import { importVkftaSchedule } from '../../shared/tariff/import/vkfta';
import { CurrencyCode } from '../../shared/domain/ids';
import type { AssessmentContext, ExchangeRateTable, TariffSchedule } from '../../shared/tariff/types';
import type { Result } from '../../shared/util/result';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const data = (path: string) => readFileSync(new URL(`../../assets/data/${path}`, import.meta.url), 'utf8');
const unwrap = <T, E>(r: Result<T, E>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

const ukgt = unwrap(importUkGlobalTariff(data('tariffs/uk/ukgt_2021_with_eu_cet.csv')));
const hmrc = unwrap(importHmrcMonthlyRates(data('tariffs/uk/hmrc_monthly_exchange_rates.csv')));
const krTariff: TariffSchedule = unwrap(
  mergeSchedules(
    unwrap(importVkftaSchedule(data('tariffs/kr/kr_vkfta_korea_schedule.csv'))),
    unwrap(importP3QuotaTariff(data('tariffs/kr/kr_quota_tariff_p3_2025_2026.csv'))),
  ),
);
// Korean customs rates are not in the data: these cases invoice in won, so no conversion is needed.
const noKrwRates: ExchangeRateTable = {
  base: CurrencyCode.parse('KRW'),
  periodicity: 'weekly-sun-sat',
  version: 'none',
  label: 'no KCS rates loaded',
  official: false,
  rates: [],
};
const uk: AssessmentContext = { profile: 'uk', tariff: ukgt, rates: hmrc };
// The calculator's published ferro-manganese case: its quota and trade-remedy measures (which the
// UKGT CSV lacks) from a fixture labelled as that case, merged with the real UKGT line.
const ukCalculatorCase: AssessmentContext = {
  profile: 'uk',
  tariff: unwrap(
    mergeSchedules(ukgt, unwrap(importProjectTariff(fixture('uk-calculator-ferro-manganese.tariff.json')))),
  ),
  rates: hmrc,
};
const kr: AssessmentContext = { profile: 'kr', tariff: krTariff, rates: noKrwRates };

type Item = {
  hsCode: string;
  price: string;
  originCountry: string;
  preference?: { agreement: string; proofOfOrigin: string | null };
  netMassKg?: string;
  quotaOrderNumber?: string;
  dutyRegimeCode?: string;
  sugarContentPercent?: string;
};

function declaration(
  jurisdiction: 'uk' | 'kr',
  acceptanceDate: string,
  currency: string,
  incoterm: Declaration['valuation']['incoterm'],
  items: Item[],
  adjustments: Array<{ kind: 'addition' | 'deduction'; code: string; amount: string; currency: string }> = [],
): Declaration {
  return Declaration.parse({
    id: 'W-1',
    reference: 'WORKED',
    postId: 'WORKED',
    jurisdiction,
    direction: 'import',
    typeCode: 'IMA',
    status: 'registered',
    lane: null,
    riskScore: 0,
    riskHits: [],
    registeredAt: `${acceptanceDate}T09:00:00Z`,
    acceptanceDate,
    parties: [
      { role: 'importer', name: 'Importer', identifier: 'GB000000000000', address: '', country: 'GB' },
    ],
    transport: {
      mode: 'sea',
      meansName: '',
      meansId: '',
      placeOfLoading: '',
      placeOfDischarge: '',
      transportDocument: 'BL',
      containers: [],
      arrivalDate: acceptanceDate,
    },
    valuation: {
      invoiceCurrency: currency,
      invoiceTotal: '0',
      incoterm,
      incotermPlace: '',
      freight: null,
      insurance: null,
      adjustments,
    },
    items: items.map((item, i) => ({
      sequence: i + 1,
      description: 'goods',
      preference: null,
      quantity: '100',
      quantityUnit: 'KGM',
      netMassKg: '100',
      grossMassKg: '150',
      packages: { count: 1, kindCode: 'PK' },
      dutyRegimeCode: item.preference ? '300' : '100',
      ...item,
    })),
    documents: [],
    version: 1,
    demo: false,
  });
}

const summary = (a: ReturnType<typeof assessDeclaration>) => ({
  complete: a.complete,
  values: a.items.map((i) => i.customsValue),
  taxes: a.items.map((i) => i.taxes.map((t) => `${t.code} ${t.rate} ${t.amount}`)),
  payable: a.totals.payable,
});

describe('UK worked cases (UKGT 2021 CSV, HMRC monthly rates)', () => {
  it('TT_IM001a: 8510900000 from the US at £1000 CIF — duty 2.0% (UKGT 2021 line 85109000), VAT 20% on value + duty', () => {
    // HMRC "Working out the VAT value using the customs value": import VAT is charged on the customs
    // value plus customs duty. 2.0% × £1000 = £20; 20% × £1020 = £204.
    const a = assessDeclaration(
      declaration('uk', '2021-03-15', 'GBP', 'CIF', [
        { hsCode: '8510900000', price: '1000', originCountry: 'US' },
      ]),
      uk,
    );
    expect(summary(a)).toEqual({
      complete: true,
      values: ['1000'],
      taxes: [['A00 2% 20', 'B00 20% 204']],
      payable: '224',
    });
  });

  it('TT_IM017a: three shaver lines on one declaration, each at its own UKGT rate', () => {
    // hmrc/customs-declarations sample TT_IM017a; UKGT 2021 rows 85109000, 85101000, 85102000 (all 2.0%).
    const a = assessDeclaration(
      declaration('uk', '2021-03-15', 'GBP', 'CIF', [
        { hsCode: '8510900000', price: '1000', originCountry: 'US' },
        { hsCode: '8510100000', price: '100', originCountry: 'US' },
        { hsCode: '8510200000', price: '100', originCountry: 'US' },
      ]),
      uk,
    );
    expect(summary(a)).toEqual({
      complete: true,
      values: ['1000', '100', '100'],
      taxes: [
        ['A00 2% 20', 'B00 20% 204'],
        ['A00 2% 2', 'B00 20% 20.4'],
        ['A00 2% 2', 'B00 20% 20.4'],
      ],
      payable: '268.8',
    });
  });

  it('TT_IM048a: teddy bears CFR with a declared AR air-freight addition of £1000 — 4.0% (UKGT 95030041)', () => {
    // Sample TT_IM048a declares DE 4/9 AR 1000 GBP on a £1500 CFR price: value £2500; duty 4% = £100;
    // VAT 20% × £2600 = £520.
    const a = assessDeclaration(
      declaration(
        'uk',
        '2021-03-15',
        'GBP',
        'CFR',
        [{ hsCode: '9503004100', price: '1500', originCountry: 'DE' }],
        [{ kind: 'addition', code: 'AR', amount: '1000', currency: 'GBP' }],
      ),
      uk,
    );
    expect(summary(a)).toEqual({
      complete: true,
      values: ['2500'],
      taxes: [['A00 4% 100', 'B00 20% 520']],
      payable: '620',
    });
  });

  it('TT_IM205a: 30 EUR CIF trousers converted at the HMRC March 2021 rate 1.1577 EUR/£ — 12.0% (UKGT 62034235)', () => {
    // 30 ÷ 1.1577 = £25.913449… → £25.91; duty 12% = £3.1092 → £3.11 (half-up to the penny, as
    // HMRC's duty calculator rounds: profiles/uk.ts); VAT 20% × (£25.91 + the unrounded £3.1092)
    // = £5.80384 → £5.80.
    const a = assessDeclaration(
      declaration('uk', '2021-03-15', 'EUR', 'CIF', [
        { hsCode: '6203423500', price: '30', originCountry: 'US' },
      ]),
      uk,
    );
    expect({ ...summary(a), rate: a.exchangeRate.used }).toEqual({
      complete: true,
      values: ['25.91'],
      taxes: [['A00 12% 3.11', 'B00 20% 5.8']],
      payable: '8.91',
      rate: [
        {
          currency: 'EUR',
          unitsPerBase: '1.1577',
          periodStart: '2021-03-01',
          periodEnd: '2021-03-31',
          date: '2021-03-15',
        },
      ],
    });
  });
});

describe("UK cases held against HMRC's duty calculator (profiles/uk.ts rounding)", () => {
  it('ferro-manganese 7202118000 under quota 054003: duty 252.18, VAT 423.30, 1,278.90 in all, as the calculator shows', () => {
    // Full precision through the chain: 20% × 1,260.89 = 252.178; 25% = 315.2225; 144.10 × 2 t =
    // 288.20; VAT 20% × (1,260.89 + 252.178 + 315.2225 + 288.20 = 2,116.4905) = 423.2981; each
    // rounded half-up to the penny. Dropping fractions per tax gave 252.17, 423.29 and 1,278.88.
    const a = assessDeclaration(
      declaration('uk', '2021-03-15', 'GBP', 'CIF', [
        {
          hsCode: '7202118000',
          price: '1260.89',
          originCountry: 'CN',
          netMassKg: '2000',
          quotaOrderNumber: '054003',
          dutyRegimeCode: '120',
        },
      ]),
      ukCalculatorCase,
    );
    const vat = a.items[0]?.taxes.find((t) => t.kind === 'vat');
    expect({ ...summary(a), raw: a.items[0]?.taxes.map((t) => t.rawAmount), vatBase: vat?.base }).toEqual({
      complete: true,
      values: ['1260.89'],
      taxes: [['A00 20% 252.18', 'A20 25% 315.22', 'A30 144.1 GBP/1000 kg 288.2', 'B00 20% 423.3']],
      payable: '1278.9',
      raw: ['252.178', '315.2225', '288.2', '423.2981'],
      vatBase: '2116.4905',
    });
  });

  it('maple sugar 1702201000 at 0.30 GBP/100kg/net/%sacchar. (UKGT 17022010) applies to the declared sugar content', () => {
    // 1,000 kg net at 95% sucrose: 0.30 × 10 (100 kg) × 95 = £285; VAT 20% × (£2,000 + £285) = £457.
    const a = assessDeclaration(
      declaration('uk', '2021-03-15', 'GBP', 'CIF', [
        {
          hsCode: '1702201000',
          price: '2000',
          originCountry: 'CA',
          netMassKg: '1000',
          sugarContentPercent: '95',
        },
      ]),
      uk,
    );
    expect(summary(a)).toEqual({
      complete: true,
      values: ['2000'],
      taxes: [['A00 0.3 GBP/100 kg/% sacchar. 285', 'B00 20% 457']],
      payable: '742',
    });
  });
});

describe('Korean worked cases (VKFTA schedule, P3 quota tariff)', () => {
  it('VN frozen cod 0303630000 claiming FVN1 in 2026: the data cannot settle the duty, and says why', () => {
    // kr_vkfta_korea_schedule.csv: 0303630000 is staging S-1 with derivation "range:S-1(0-5%)", so
    // no FVN1 2026 rate is derived; Korea's basic rate (A) is not in the public data (PROVENANCE.md,
    // "Known gaps"). Customs Act art. 50 and FTA Special Act art. 5 need both: never a silent zero.
    const a = assessDeclaration(
      declaration('kr', '2026-03-10', 'KRW', 'CIF', [
        {
          hsCode: '0303630000',
          price: '5000000',
          originCountry: 'VN',
          preference: { agreement: 'FVN1', proofOfOrigin: 'VK-2026-0001' },
        },
      ]),
      kr,
    );
    expect({
      complete: a.complete,
      taxes: a.items[0]?.taxes,
      problems: a.items[0]?.problems.map((p) => p.message),
    }).toEqual({
      complete: false,
      taxes: [],
      problems: [
        "FVN1 rate for 0303630000 (origin VN, 2026-03-10) is not in the loaded tariff — load the agreement's schedule",
        'Korean basic rate (A) for 0303630000 is not in the loaded tariff — load the KCS rate table',
      ],
    });
  });

  it('coffee 0901110000 in 2025 under the P3 quota tariff 0%, which replaces the basic rate; VAT 10%', () => {
    // kr_quota_tariff_p3_2025_2026.csv: 0901110000 P3 0% 2025-01-01–2025-12-31 (Customs Act arts. 50(3), 71).
    // VAT Act art. 29(2): 10% × (₩10,000,000 + ₩0) = ₩1,000,000.
    const a = assessDeclaration(
      declaration('kr', '2025-06-10', 'KRW', 'CIF', [
        { hsCode: '0901110000', price: '10000000', originCountry: 'BR' },
      ]),
      kr,
    );
    expect(summary(a)).toEqual({
      complete: true,
      values: ['10000000'],
      taxes: [['관세 0% 0', '부가가치세 10% 1000000']],
      payable: '1000000',
    });
  });
});
