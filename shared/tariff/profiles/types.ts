// A jurisdiction profile is data, not code: the engine reads every national rule from here, so a
// rule that changes (a rate, a threshold, a rounding step) changes in one place.
import type { CountryCode, CurrencyCode } from '../../domain/ids';
import type { Jurisdiction } from '../../domain/post';
import type { ExchangeRateTable, MeasureKind, TaxKind } from '../types';

/** Round to a multiple of `step` (e.g. '10' won, '1' won, '0.01' pound) in `mode`. */
export type RoundingRule = {
  step: string;
  mode: 'down' | 'half-up';
  /** The rule this follows, shown in traces. */
  basis: string;
};

/** What a tax is levied on. */
export type TaxBase =
  /** The customs value (customs duty, additional duties). */
  | { kind: 'customs-value' }
  /** Customs value + customs duty + additional duties (KR individual consumption and liquor tax). */
  | { kind: 'value-plus-duties' }
  /** The sum of the amounts of other taxes (KR education and rural development tax). */
  | { kind: 'tax-amounts'; of: TaxKind[] }
  /** Customs value + every duty and tax before VAT (import VAT). */
  | { kind: 'vat-base' };

export type TaxDefinition = {
  kind: TaxKind;
  /** Tax type code as the jurisdiction declares it; for KR a Korean label (see `codeIsLabel`). */
  code: string | null;
  /** True when `code` is a label because the official code could not be confirmed. */
  codeIsLabel: boolean;
  label: string;
  base: TaxBase;
};

/** Goods liable to a national tax: the engine demands a loaded rate for them. */
export type LiabilityRule = {
  kind: TaxKind;
  /** Tariff-code prefixes (HS chapters, headings). */
  hsPrefixes: string[];
  /** National additional codes whose presence makes the item liable (UK X4xx excise). */
  nationalCodePattern?: RegExp;
  reason: string;
};

export type MinimumCollection = {
  /** The kinds whose summed amount over the declaration is tested and waived together. */
  kinds: TaxKind[];
  /** Amounts strictly below this are not collected. */
  threshold: string;
  reason: string;
};

export type DeMinimis = {
  /** Only personal-use imports (Declaration.personalUse) qualify. */
  personalUseOnly: boolean;
  /** Threshold currency (USD for Korea), converted at the rate in force on acceptance. */
  currency: CurrencyCode;
  threshold: string;
  /** Higher thresholds for goods dispatched from named countries (KORUS: USD 200 from the US). */
  byDispatchCountry: Array<{ country: CountryCode; threshold: string }>;
  reason: string;
};

export type JurisdictionProfile = {
  jurisdiction: Jurisdiction;
  currency: CurrencyCode;
  /** Taxes in the order they are computed and printed. */
  taxes: TaxDefinition[];
  /** Standard import VAT rate, printed ('10%', '20%'). */
  vatRate: string;
  rounding: {
    /** The customs value (KR 과세가격: truncated below 1 won). */
    customsValue: RoundingRule;
    /** Each tax amount of an item. */
    taxAmount: RoundingRule;
    /** Tax amounts rounded by another rule than `taxAmount` (UK: alcohol duty floored to the penny). */
    taxAmountExceptions?: Array<{ kind: TaxKind; hsPrefixes: string[]; rule: RoundingRule }>;
    /**
     * What a later tax is levied on: each earlier tax as rounded, its base rounded like a customs
     * value (KR), or each earlier tax at full precision, its base unrounded (UK).
     */
    chain: 'rounded' | 'full-precision';
  };
  minimumCollection: MinimumCollection | null;
  deMinimis: DeMinimis | null;
  /** Why a de minimis rule is not applied, when it is not. */
  deMinimisNote?: string;
  exchangeRatePeriodicity: ExchangeRateTable['periodicity'];
  /** Which precedence algorithm selects the duty. */
  precedence: 'kr-customs-act-art-50' | 'uk-duty-options';
  /** Measure kinds that are added on top of the chosen duty. */
  additionalDutyKinds: MeasureKind[];
  /** Tax type code of each additional duty by measure kind and, where it differs, measure code. */
  additionalDutyCodes: Array<{ kind: MeasureKind; measureCode?: string; code: string; codeIsLabel: boolean }>;
  /** When one of these kinds is the chosen duty, safeguard duties are not stacked. */
  quotaKindsExcludingSafeguard: MeasureKind[];
  /** Declared-vs-computed tolerance per tax code, in the profile currency. */
  tolerance: string;
  toleranceBasis: string;
  liability: LiabilityRule[];
};
