// Contracts of the assessment engine, declared once. Amounts are decimal strings at the edges and
// `Dec` (decimal.js) inside; never binary floats.
import type { CountryCode, CurrencyCode } from '../domain/ids';
import type { Jurisdiction } from '../domain/post';
import type { LiquorCategory } from '../domain/goods-attributes';
import type { TaxKind } from '../domain/tax';

// ─── Rate expressions ────────────────────────────────────────────────────────────────────────

/** UN/ECE Recommendation 20 unit code: KGM kg, DTN 100 kg, TNE tonne, LTR l, HLT hl, NAR item,
 *  MIL 1000 items, LPA l of pure alcohol, MTR m, MTK m², MTQ m³, GRM g, CTM carat, … */
export type UnitCode = string;

/** What a specific rate's quantity is measured on, beyond the unit ("/ net drained wt"). */
export type QuantityQualifier =
  | 'net'
  | 'gross'
  | 'net-drained'
  | 'net-dry'
  | 'lactic-matter'
  | 'dry-lactic-matter'
  | 'percent-vol'
  | 'sugar-content'
  | 'dry-matter';

/** A month-day boundary of a seasonal window, e.g. { month: 7, day: 1 }. */
export type MonthDay = { month: number; day: number };

/** The parsed form of a printed rate. Decimal fields are plain decimal strings. */
export type RateExpression =
  | { kind: 'free' }
  | { kind: 'ad-valorem'; percent: string }
  | {
      kind: 'specific';
      amount: string;
      currency: CurrencyCode;
      /** "per 100 kg" → { quantity: '100', unit: 'KGM' }; "/ % vol / hl" → unit HLT, qualifier percent-vol. */
      per: { quantity: string; unit: UnitCode; qualifier?: QuantityQualifier };
    }
  /** Compound: terms added or subtracted ("10% + 77 GBP/100kg", "… − 5 EUR/100 kg"). */
  | { kind: 'sum'; terms: Array<{ sign: 1 | -1; expression: RateExpression }> }
  /** MIN and MAX clauses: the base, but not below `min` nor above `max`. */
  | { kind: 'bounded'; base: RateExpression; min?: RateExpression; max?: RateExpression }
  /** "whichever is the greater" / "270% 또는 kg당 6,210원". */
  | { kind: 'greater-of'; options: RateExpression[] }
  | { kind: 'lesser-of'; options: RateExpression[] }
  /** Seasonal windows: each applies on the dates within any of its ranges (inclusive). */
  | {
      kind: 'seasonal';
      windows: Array<{ ranges: Array<{ from: MonthDay; to: MonthDay }>; expression: RateExpression }>;
    };

/** Why a printed rate is not evaluated by this engine: every rejection names one. */
export type RateRejectionReason =
  | 'needs-meursing-table' // EA, ADSZ, ADFM agricultural components (EU/UK Meursing code)
  | 'entry-price-system' // "Entry Price": depends on the consignment's entry price
  | 'needs-other-schedule' // US "The rate applicable to the article …", "See heading …"
  | 'unknown-unit'
  | 'unsupported-form'
  | 'empty'
  | 'malformed'
  | 'text-too-long' // longer than MAX_RATE_TEXT_LENGTH: no schedule prints such a rate
  | 'nesting-too-deep'; // brackets nested deeper than MAX_RATE_NESTING

export type RateParseError = { reason: RateRejectionReason; message: string; text: string };

/** What an evaluation needs from the goods: value and quantities, both already in the profile currency / units. */
export type EvaluationBasis = {
  /** Customs value in the profile currency. */
  customsValue: string;
  /** Quantities by unit (and qualifier where the rate names one), e.g. KGM → '500'. */
  quantities: Array<{ unit: UnitCode; qualifier?: QuantityQualifier; quantity: string }>;
  /** Acceptance date (YYYY-MM-DD): picks the seasonal window. */
  date: string;
  /** The profile currency; a specific amount in another currency is converted with `convert`. */
  currency: CurrencyCode;
};

export type EvaluationError = {
  reason: 'missing-quantity' | 'no-seasonal-window' | 'currency-conversion' | 'unsupported-form';
  message: string;
};

// ─── Tariff schedules ────────────────────────────────────────────────────────────────────────

/** The kinds of measure the profiles select among. Closed: every switch is exhaustive. */
export type MeasureKind =
  | 'third-country' // UK 103; KR basic rate (A)
  | 'wto-concession' // KR C
  | 'preference' // FTA / preferential tariff, needs proof of origin (KR F…, UK 142)
  | 'preferential-quota' // UK 143, KR FTA TRQ
  | 'quota' // KR P3 quota tariff (할당관세), UK 122 non-preferential quota
  | 'adjustment' // KR L adjustment tariff (조정관세)
  | 'ldc' // KR LDC preferential (R)
  | 'provisional' // KR provisional (B, 잠정세율)
  | 'suspension' // UK 112/115 autonomous suspension
  | 'anti-dumping'
  | 'countervailing'
  | 'safeguard'
  | 'retaliatory';

export type Measure = {
  kind: MeasureKind;
  /** The jurisdiction's own code: KR rate type (A, C, FVN1, P3…), UK measure type (103, 142…). */
  code: string;
  /** The rate exactly as printed in the source. */
  expression: string;
  /** Origins it applies to; absent = erga omnes. */
  origins?: CountryCode[];
  excludedOrigins?: CountryCode[];
  validFrom?: string;
  validTo?: string;
  quotaOrderNumber?: string;
  /** Where it came from (file and line, or API), for the trace. */
  source: string;
  /** Marked indicative in the source (e.g. VKFTA B-1 staging), shown as such. */
  indicative?: boolean;
  /** Applies only to part of the line or under a condition, as printed (a VKFTA ex-out such as
   *  "- Tropical fish", a KCS end-use rate 용도세율구분): never selected without the officer. */
  condition?: string;
};

export type TariffLine = {
  /** Digits only, 8 or 10 (UK), 10 (HSK). */
  code: string;
  description: string;
  descriptionLocal?: string;
  /** Supplementary unit the tariff asks for (Rec 20), if any. */
  supplementaryUnit?: UnitCode;
  /** Validity of the line itself (KCS HSK 적용시작일자/적용종료일자), inclusive. */
  validFrom?: string;
  validTo?: string;
  /**
   * Facts the source records without their rates (UKGT flags): the engine says "a trade remedy
   * applies but its rate is not in the data", "a quota exists: order number and rate not in the data".
   */
  flags?: {
    tradeRemedy?: boolean;
    /** The EU CET rate applies until the trade remedy transition reviews conclude. */
    cetUntilTradeRemedyReview?: boolean;
    suspension?: boolean;
    quota?: boolean;
  };
  measures: Measure[];
};

export type TariffSchedule = {
  jurisdiction: Jurisdiction;
  /** Version label recorded in every assessment trace, e.g. "UKGT 2021-01-01 (published 2020-12-02)". */
  version: string;
  lines: TariffLine[];
};

// ─── Exchange rates ──────────────────────────────────────────────────────────────────────────

export type ExchangeRate = {
  currency: CurrencyCode;
  /** Units of `currency` per one unit of the profile currency (HMRC publishes "per £1"). */
  unitsPerBase: string;
  periodStart: string;
  periodEnd: string;
};

export type ExchangeRateTable = {
  base: CurrencyCode;
  periodicity: 'monthly' | 'weekly-sun-sat';
  version: string;
  /** Shown wherever a converted figure is: "HMRC monthly rates", "demo rates, not KCS rates". */
  label: string;
  official: boolean;
  rates: ExchangeRate[];
};

// ─── Assessment result ───────────────────────────────────────────────────────────────────────

/** Tax kinds across profiles, declared with the domain (decisions carry amounts per kind). */
export type { TaxKind };

export type TaxLine = {
  kind: TaxKind;
  /** Jurisdiction tax type code (UK A00, B00, A30…; KR 관세 etc.), where it has one. */
  code: string | null;
  base: string;
  /** The rate as applied, printed ("2%", "10.00 GBP / hl", "greater of 270% or 6,210 KRW/kg"). */
  rate: string;
  rawAmount: string;
  amount: string;
  /** Which measure, why it was chosen and the alternatives considered. */
  trace: string[];
  provisional: boolean;
};

export type ItemProblem = {
  code:
    | 'NO_TARIFF_LINE'
    | 'RATE_NOT_IN_DATA'
    | 'RATE_REJECTED'
    | 'EVALUATION_FAILED'
    | 'NO_EXCHANGE_RATE'
    | 'EXCISE_RATE_NOT_IN_DATA'
    /** A national rate depends on an attribute the item does not declare (engine capacity, liquor category…). */
    | 'NATIONAL_RATE_NEEDS_ATTRIBUTE'
    | 'QUOTA_BALANCE_UNKNOWN'
    /** A price, quantity, mass or other amount of the item or the header is below zero. */
    | 'NEGATIVE_AMOUNT'
    /** The deductions exceed the price and additions: a value below zero is never a tax base. */
    | 'NEGATIVE_CUSTOMS_VALUE';
  message: string;
};

/**
 * One duty rate the profile weighed for an item, with its amount and why it was or was not
 * applied: the UK's options side by side, Korea's precedence rate by rate. The same facts as the
 * item's trace, structured for a screen; the figures come from the chosen option alone.
 */
export type DutyOption = {
  kind: MeasureKind;
  code: string;
  /** The rate as applied, printed. */
  rate: string;
  /** The duty this rate gives on the item, in the profile currency, unrounded. */
  amount: string;
  /** chosen: the duty levied; additional: stacked on it; not-chosen: weighed and not applied. */
  outcome: 'chosen' | 'not-chosen' | 'additional';
  /** Why, as the trace says it. */
  reason: string;
};

export type ItemAssessment = {
  sequence: number;
  hsCode: string;
  /** The tariff line matched (longest prefix of the declared code). */
  tariffLine: string | null;
  customsValue: string;
  customsValueRaw: string;
  taxes: TaxLine[];
  problems: ItemProblem[];
  provisional: boolean;
  trace: string[];
  /** The duty rates weighed for the item (absent where no line or no value was found). */
  dutyOptions?: DutyOption[];
};

export type Assessment = {
  profile: Jurisdiction;
  currency: CurrencyCode;
  tariffVersion: string;
  /** The national tax-rate table used, where one was loaded (its version line names the statutes' date). */
  nationalTaxRatesVersion?: string;
  exchangeRate: {
    table: string;
    label: string;
    official: boolean;
    used: Array<ExchangeRate & { date: string }>;
  };
  items: ItemAssessment[];
  totals: {
    byKind: Array<{ kind: TaxKind; code: string | null; amount: string }>;
    payable: string;
    /** Amounts not collected (minimum collection, de minimis), with why. */
    waived: Array<{ kind: TaxKind; amount: string; reason: string }>;
  };
  declared: Array<{ code: string; declared: string | null; computed: string; withinTolerance: boolean }>;
  provisional: boolean;
  /** The assessment is complete only when no item has a problem. */
  complete: boolean;
};

// ─── Engine entry point ──────────────────────────────────────────────────────────────────────

/** A bound on a declared attribute as statutes word it: `above` is 초과 (greater than), `atMost` 이하. */
export type AttributeRange = { above?: string; atMost?: string };

/**
 * What a national rate needs of the goods beyond their tariff code. Each names an attribute the
 * declaration carries (GoodsItem), except `parentAdValoremPercent`, which is the ad valorem rate of
 * the tax this one is levied on (Education Tax Act art. 5: 30% of a liquor tax above 70%).
 */
export type NationalRateConditions = {
  engineCapacityCc?: AttributeRange;
  alcoholStrengthPercent?: AttributeRange;
  liquorCategory?: LiquorCategory[];
  electric?: boolean;
  parentAdValoremPercent?: AttributeRange;
};

/**
 * One national (internal) tax rate as a statute or decree sets it. Rates of a kind are chosen for an
 * item by: in force on the acceptance date; the national code named, else the longest tariff-code
 * prefix whose conditions hold; a flexible (탄력세율) rate over the statute's while both are in force.
 */
export type NationalTaxRate = {
  kind: TaxKind;
  /** Tax type code on the notice; empty for the profile's code of the kind. */
  code: string;
  /** Tariff-code prefix, a national code (UK X413), or empty for any goods (a tax on another tax). */
  match: string;
  /** For a tax levied on another tax (education, rural development): that tax, whose amount is the base. */
  of?: TaxKind;
  expression: string;
  /** statute: written in the act; flexible: set by decree within the act's range; decree: delegated to it. */
  basis?: 'statute' | 'flexible' | 'decree';
  conditions?: NationalRateConditions;
  /** The law says these goods are not liable: no tax line, and the trace says why. */
  exempt?: boolean;
  /**
   * Declared quantities are taken at this factor before a specific rate applies (Traffic, Energy
   * and Environment Tax Act art. 6(1)2 and its decree art. 6: imported petrol less 2/1000 for
   * natural loss, 0.998).
   */
  quantityFactor?: string;
  /**
   * A flexible rate lowers the tax by at most this much per article against the statute's rate
   * (Individual Consumption Tax Decree art. 2-2(3): 1,000,000 won per car), in the profile currency.
   */
  reductionCapPerArticle?: string;
  /** Inclusive ISO dates of the acceptance dates the rate applies to; absent or null when open. */
  validFrom?: string | null;
  validTo?: string | null;
  /** The article the rate comes from (개별소비세법 제1조제2항제3호…). */
  source: string;
  note?: string;
};

/** Everything an assessment depends on besides the declaration; the same inputs, the same result. */
export type AssessmentContext = {
  profile: Jurisdiction;
  tariff: TariffSchedule;
  rates: ExchangeRateTable;
  /**
   * Excise and national tax rates by tax kind and tariff-code prefix (or national code such as
   * UK X413), as printed rate expressions, with their conditions and validity. Empty where the data
   * has none: the item then says exactly which rate is missing.
   */
  nationalTaxRates?: NationalTaxRate[];
  /** The version line of the table `nationalTaxRates` came from, for the assessment's record. */
  nationalTaxRatesVersion?: string;
  /** Declared-vs-computed tolerance per tax line, in the profile currency (default per profile). */
  tolerance?: string;
  /** How header costs (freight, insurance, header adjustments) are shared among items: by value
   *  (default) or, when the declarant shows a weight basis, by gross weight. */
  allocation?: 'value' | 'weight';
};

/** Errors of an importer: where (file line or XML element) and what. */
export type ImportError = { code: string; message: string; where?: string };
