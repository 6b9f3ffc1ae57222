// Korea (UNI-PASS). Tax codes: the official UNI-PASS tax-type (세목) codes could not be confirmed
// from a public source while building this, so each tax carries its Korean name as a label
// (`codeIsLabel: true`); swap in the codes when the KCS code table is loaded.
import { CountryCode, CurrencyCode } from '../../domain/ids';
import type { JurisdictionProfile } from './types';

const label = (code: string) => ({ code, codeIsLabel: true });

export const krProfile: JurisdictionProfile = {
  jurisdiction: 'kr',
  currency: CurrencyCode.parse('KRW'),
  // Order as on the UNI-PASS import declaration: 관세, 개별소비세, 교통·에너지·환경세, 주세, 교육세,
  // 농어촌특별세, 부가가치세 — each later tax may use the earlier ones as its base.
  taxes: [
    { kind: 'customs-duty', ...label('관세'), label: 'Customs duty', base: { kind: 'customs-value' } },
    // Trade-remedy duties are customs duties levied in addition (Customs Act arts. 51, 57, 63, 65).
    { kind: 'additional-duty', ...label('관세'), label: 'Additional duty', base: { kind: 'customs-value' } },
    // Individual Consumption Tax Act art. 8: for imports, customs value + customs duty.
    {
      kind: 'individual-consumption',
      ...label('개별소비세'),
      label: 'Individual consumption tax',
      base: { kind: 'value-plus-duties' },
    },
    {
      kind: 'traffic-energy-environment',
      ...label('교통·에너지·환경세'),
      label: 'Traffic, energy and environment tax',
      base: { kind: 'value-plus-duties' },
    },
    // Liquor Tax Act: imported liquor is taxed on customs value + customs duty.
    { kind: 'liquor', ...label('주세'), label: 'Liquor tax', base: { kind: 'value-plus-duties' } },
    // Education Tax Act art. 5: a percentage of the individual consumption, traffic or liquor tax.
    // One rate per item: an item normally bears only one of those parent taxes.
    {
      kind: 'education',
      ...label('교육세'),
      label: 'Education tax',
      base: { kind: 'tax-amounts', of: ['individual-consumption', 'traffic-energy-environment', 'liquor'] },
    },
    // Special Tax for Rural Development Act art. 5: 10% of the individual consumption tax.
    {
      kind: 'rural-development',
      ...label('농어촌특별세'),
      label: 'Rural development tax',
      base: { kind: 'tax-amounts', of: ['individual-consumption'] },
    },
    // VAT Act art. 29(2): customs value + customs duty + individual consumption, traffic, liquor,
    // education and rural development taxes.
    { kind: 'vat', ...label('부가가치세'), label: 'Value-added tax', base: { kind: 'vat-base' } },
  ],
  vatRate: '10%',
  rounding: {
    customsValue: { step: '1', mode: 'down', basis: 'taxable value: fractions below 1 won truncated' },
    taxAmount: {
      step: '10',
      mode: 'down',
      basis: 'National Treasury Management Act art. 47: fractions below 10 won are not counted',
    },
    chain: 'rounded',
  },
  minimumCollection: {
    kinds: ['customs-duty', 'additional-duty'],
    threshold: '10000',
    reason:
      'minimum collection: customs duty under 10,000 won is not collected (Customs Act art. 40; Enforcement Decree art. 37)',
  },
  deMinimis: {
    personalUseOnly: true,
    currency: CurrencyCode.parse('USD'),
    threshold: '150',
    byDispatchCountry: [{ country: CountryCode.parse('US'), threshold: '200' }],
    reason:
      'de minimis: personal-use goods priced up to USD 150 (USD 200 dispatched from the US, KORUS) are exempt (Customs Act art. 94(4); Enforcement Rule art. 45(2))',
  },
  exchangeRatePeriodicity: 'weekly-sun-sat',
  precedence: 'kr-customs-act-art-50',
  additionalDutyKinds: ['anti-dumping', 'countervailing', 'safeguard', 'retaliatory'],
  additionalDutyCodes: [
    { kind: 'anti-dumping', code: '덤핑방지관세', codeIsLabel: true },
    { kind: 'countervailing', code: '상계관세', codeIsLabel: true },
    { kind: 'safeguard', code: '긴급관세', codeIsLabel: true },
    { kind: 'retaliatory', code: '보복관세', codeIsLabel: true },
  ],
  // KR P3 quota tariffs cover the whole import quantity; only an FTA tariff-rate quota is "in quota".
  quotaKindsExcludingSafeguard: ['preferential-quota'],
  tolerance: '0',
  toleranceBasis:
    'no tolerance: amounts are exact to 10 won after truncation (set context.tolerance to change)',
  // Goods liable to each internal tax, so that a rate missing from the table is a problem on the
  // item, never a silent zero. The rates and exemptions themselves are in the national tax-rate
  // table (assets/data/taxes/kr/national-tax-rates.json, from the statutes).
  liability: [
    {
      kind: 'liquor',
      hsPrefixes: ['2203', '2204', '2205', '2206', '2207', '2208'],
      reason: 'liquor (Liquor Tax Act: ethyl alcohol and alcoholic beverages, HS 2203–2208)',
    },
    {
      kind: 'education',
      hsPrefixes: [
        '2203',
        '2204',
        '2205',
        '2206',
        '2207',
        '2208',
        '8703',
        '2710121000',
        '2710193000',
        '2711130000',
      ],
      reason:
        'education tax on the liquor, individual consumption or traffic-energy-environment tax (Education Tax Act art. 5)',
    },
    {
      kind: 'individual-consumption',
      hsPrefixes: ['8703', '2402', '2403', '2711130000'],
      reason: 'listed goods: passenger cars, tobacco, butane (Individual Consumption Tax Act art. 1)',
    },
    // No rural development tax rule: the Special Tax for Rural Development Act art. 5 levies it on
    // the individual consumption tax of listed goods only, and passenger cars and petroleum gases are
    // not among them (art. 3); the table's exempt rows say so on each car's trace.
    {
      kind: 'traffic-energy-environment',
      hsPrefixes: ['2710121000', '2710193000'],
      reason: 'petrol and diesel (Traffic, Energy and Environment Tax Act art. 2)',
    },
  ],
};
