// United Kingdom (CDS). Tax type codes are those of CDS Declaration Completion Instructions,
// Appendix 8 (DE 4/3): A00 customs duty, A30/A35 definitive/provisional anti-dumping, A40/A45
// definitive/provisional countervailing, A20 additional duties; B00 import VAT; 3xx/4xx excise.
// A50/A70/A80/A85/A90 are the EU-duty variants used for Northern Ireland, which this profile
// (Great Britain) does not assess.
import { CurrencyCode } from '../../domain/ids';
import type { JurisdictionProfile } from './types';

export const ukProfile: JurisdictionProfile = {
  jurisdiction: 'uk',
  currency: CurrencyCode.parse('GBP'),
  taxes: [
    {
      kind: 'customs-duty',
      code: 'A00',
      codeIsLabel: false,
      label: 'Customs duty',
      base: { kind: 'customs-value' },
    },
    {
      kind: 'additional-duty',
      code: 'A20',
      codeIsLabel: false,
      label: 'Additional duty',
      base: { kind: 'customs-value' },
    },
    // Excise rates are specific (per litre of pure alcohol, per hl…); an ad valorem part is on value + duty.
    {
      kind: 'excise',
      code: null,
      codeIsLabel: false,
      label: 'Excise duty',
      base: { kind: 'value-plus-duties' },
    },
    // VAT Act 1994 s.21(2); HMRC "Working out the VAT value using the customs value": customs
    // value + customs duty + excise and other import charges (except VAT). Incidental expenses to
    // the first UK destination are also part of the VAT value; the declaration does not carry them.
    { kind: 'vat', code: 'B00', codeIsLabel: false, label: 'Import VAT', base: { kind: 'vat-base' } },
  ],
  vatRate: '20%',
  // HMRC's own duty calculator (trade-tariff/trade-tariff-duty-calculator): each duty is evaluated
  // at full precision; VAT is levied on the customs value plus those unrounded duties
  // (app/services/expression_evaluators/vat.rb); each figure is shown with Rails'
  // number_to_currency, which rounds half-up to the penny; only the small-producer (SPQ) and
  // alcohol amounts are floored to the penny (expression_evaluators/spq.rb: `floor(2)`). Held
  // against its published ferro-manganese case (test/tariff/worked-cases.test.ts).
  rounding: {
    customsValue: { step: '0.01', mode: 'half-up', basis: 'customs value to the penny' },
    taxAmount: {
      step: '0.01',
      mode: 'half-up',
      basis: 'per item and tax type, half-up to the penny (HMRC duty calculator)',
    },
    taxAmountExceptions: [
      {
        kind: 'excise',
        hsPrefixes: ['2203', '2204', '2205', '2206', '2207', '2208'],
        rule: {
          step: '0.01',
          mode: 'down',
          basis: 'alcohol duty, small producer relief included, floored to the penny (HMRC duty calculator)',
        },
      },
    ],
    chain: 'full-precision',
  },
  minimumCollection: null,
  deMinimis: null,
  deMinimisNote:
    'no de minimis relief applied: the £135 low-value rules move VAT collection to the seller or marketplace and have conditions (gifts, excise goods, B2B) this engine cannot state precisely; the officer applies relief by hand',
  exchangeRatePeriodicity: 'monthly',
  precedence: 'uk-duty-options',
  additionalDutyKinds: ['anti-dumping', 'countervailing', 'safeguard', 'retaliatory'],
  additionalDutyCodes: [
    { kind: 'anti-dumping', measureCode: '551', code: 'A35', codeIsLabel: false },
    { kind: 'anti-dumping', code: 'A30', codeIsLabel: false },
    { kind: 'countervailing', measureCode: '553', code: 'A45', codeIsLabel: false },
    { kind: 'countervailing', code: 'A40', codeIsLabel: false },
    { kind: 'safeguard', code: 'A20', codeIsLabel: false },
    { kind: 'retaliatory', code: 'A20', codeIsLabel: false },
  ],
  // The UK duty calculator does not stack safeguard duty on quota options (in-quota imports are
  // exempt from the steel safeguard).
  quotaKindsExcludingSafeguard: ['quota', 'preferential-quota'],
  tolerance: '10',
  toleranceBasis: 'HMRC INCHP02420: errors on entries that exceed the £10 tolerance must be queried',
  liability: [
    {
      kind: 'excise',
      hsPrefixes: ['2203', '2204', '2205', '2206', '2207', '2208', '2402', '2403'],
      nationalCodePattern: /^X?[34]\d\d$/,
      reason: 'excise goods: alcohol and tobacco, or an excise national code X3xx/X4xx (DE 6/17)',
    },
  ],
};
