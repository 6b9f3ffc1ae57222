import { z } from 'zod';
import {
  CountryCode,
  CurrencyCode,
  DecimalString,
  DeclarationId,
  HsCode,
  IsoDate,
  IsoDateTime,
  OfficerId,
  PostId,
} from './ids';
import { LiquorCategory } from './goods-attributes';
import { Payment } from './payment';
import { Jurisdiction } from './post';

/** Selectivity lanes (UNI-PASS / ASYCUDA). */
export const Lane = z.enum(['GREEN', 'YELLOW', 'RED', 'BLUE']);
export type Lane = z.infer<typeof Lane>;

/** Declaration statuses, ASYCUDA/UNI-PASS style: registered → selected → assessed → (examined) → final. */
export const DeclarationStatus = z.enum([
  'registered',
  'selected',
  'assessed',
  'examined',
  'released',
  'held',
  'rejected',
]);
export type DeclarationStatus = z.infer<typeof DeclarationStatus>;

export const Direction = z.enum(['import', 'export']);
export type Direction = z.infer<typeof Direction>;

export const PartyRole = z.enum(['declarant', 'importer', 'exporter', 'consignee', 'consignor', 'carrier']);
export type PartyRole = z.infer<typeof PartyRole>;

export const Party = z.object({
  role: PartyRole,
  name: z.string().min(1),
  /** Trader identifier: EORI (UK), 통관고유부호 or business registration number (KR). */
  identifier: z.string().min(1),
  address: z.string(),
  country: CountryCode,
});
export type Party = z.infer<typeof Party>;

export const TransportMode = z.enum(['sea', 'air', 'road', 'rail', 'post']);
export type TransportMode = z.infer<typeof TransportMode>;

export const Transport = z.object({
  mode: TransportMode,
  /** Vessel, flight or vehicle name and its identifier (IMO number, flight number, plate). */
  meansName: z.string(),
  meansId: z.string(),
  /** UN/LOCODE of the place of loading and of discharge. */
  placeOfLoading: z.string(),
  placeOfDischarge: z.string(),
  /** Bill of lading, air waybill or CMR number. */
  transportDocument: z.string(),
  containers: z.array(z.string()),
  arrivalDate: IsoDate,
});
export type Transport = z.infer<typeof Transport>;

export const Incoterm = z.enum(['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP']);
export type Incoterm = z.infer<typeof Incoterm>;

/**
 * A valuation addition or deduction (WCO DE 4/9: AR air transport, AK insurance, BC duties and
 * taxes…). Amounts are in `currency`, converted at the acceptance date's official rate.
 */
export const ValuationAdjustment = z.object({
  kind: z.enum(['addition', 'deduction']),
  code: z.string().min(1).max(4),
  amount: DecimalString,
  currency: CurrencyCode,
});
export type ValuationAdjustment = z.infer<typeof ValuationAdjustment>;

export const Valuation = z.object({
  invoiceCurrency: CurrencyCode,
  invoiceTotal: DecimalString,
  incoterm: Incoterm,
  incotermPlace: z.string(),
  /** Header-level costs in the invoice currency, to be allocated to items when assessed. */
  freight: DecimalString.nullable(),
  insurance: DecimalString.nullable(),
  /** Header-level additions and deductions beyond freight and insurance (allocated to items). */
  adjustments: z.array(ValuationAdjustment).optional(),
});
export type Valuation = z.infer<typeof Valuation>;

export const PreferenceClaim = z.object({
  /** Agreement code as the jurisdiction writes it: KR rate type (FVN1 = Korea–Viet Nam FTA), UK DE 4/17. */
  agreement: z.string().min(1),
  proofOfOrigin: z.string().nullable(),
});
export type PreferenceClaim = z.infer<typeof PreferenceClaim>;

export const GoodsItem = z.object({
  sequence: z.number().int().min(1).max(999),
  hsCode: HsCode,
  description: z.string().min(1),
  originCountry: CountryCode,
  preference: PreferenceClaim.nullable(),
  /** Quantity in the tariff's supplementary unit (UN/ECE Rec 20 code, e.g. KGM, LTR, NAR). */
  quantity: DecimalString,
  quantityUnit: z.string().regex(/^[A-Z0-9]{2,3}$/),
  netMassKg: DecimalString,
  grossMassKg: DecimalString,
  packages: z.object({ count: z.number().int().min(0), kindCode: z.string().min(2).max(2) }),
  /** Item price in the invoice currency. */
  price: DecimalString,
  // Optional fields that an imported declaration (UK CDS, UNI-PASS) carries for assessment.
  /** Quantities in further units the tariff may ask for (litres, % vol, items). */
  supplementaryQuantities: z
    .array(z.object({ unit: z.string().regex(/^[A-Z0-9]{2,3}$/), quantity: DecimalString }))
    .optional(),
  /** Actual alcoholic strength by volume, in percent, for per-% vol rates and excise. */
  alcoholStrengthPercent: DecimalString.optional(),
  /**
   * Sugar content (sucrose, including invert sugar expressed as sucrose) in percent by net mass,
   * for rates per 100 kg net per % of sugar (`0.30 GBP/100kg/net/%sacchar.`).
   */
  sugarContentPercent: DecimalString.optional(),
  /** Engine capacity of a vehicle in cubic centimetres: Korea's individual consumption tax depends on it. */
  engineCapacityCc: DecimalString.optional(),
  /** The vehicle is driven by electricity alone (no combustion engine, hence no engine capacity). */
  electricVehicle: z.boolean().optional(),
  /** Liquor category under the Korean Liquor Tax Act, for the liquor tax and its education tax. */
  liquorCategory: LiquorCategory.optional(),
  /** WCO DE 4/16 valuation method (1 = transaction value). */
  valuationMethod: z.string().min(1).max(2).optional(),
  /** WCO DE 4/17 duty regime (UK: 100 third country, 300 preference, 320 preferential quota…). */
  dutyRegimeCode: z.string().min(1).max(4).optional(),
  /** Procedure code (UK DE 1/10 + 1/11, e.g. 4000 000). */
  procedureCode: z.string().min(1).max(12).optional(),
  quotaOrderNumber: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  /** Additional national codes (UK DE 6/17, e.g. X413 excise tax type). */
  nationalCodes: z.array(z.string().min(1).max(8)).optional(),
  /** Item-level additions and deductions (DE 4/9 at item level). */
  adjustments: z.array(ValuationAdjustment).optional(),
  /** Taxes as the declarant declared them (tax type code, and amount where given). */
  declaredTaxes: z
    .array(z.object({ code: z.string().min(1).max(4), amount: DecimalString.nullable() }))
    .optional(),
});
export type GoodsItem = z.infer<typeof GoodsItem>;

export const RiskHit = z.object({
  criterionCode: z.string().min(1),
  description: z.string().min(1),
  weight: z.number().int().min(0).max(100),
});
export type RiskHit = z.infer<typeof RiskHit>;

export const SupportingDocument = z.object({
  code: z.string().min(1),
  reference: z.string().min(1),
  description: z.string(),
});
export type SupportingDocument = z.infer<typeof SupportingDocument>;

export const Declaration = z.object({
  id: DeclarationId,
  /** The declaration number as the jurisdiction prints it (UNI-PASS 신고번호, UK MRN). */
  reference: z.string().min(1),
  postId: PostId,
  jurisdiction: Jurisdiction,
  direction: Direction,
  /** Declaration type: UK IMA/IMZ/EXA…, KR 신고구분 A–D. */
  typeCode: z.string().min(1).max(4),
  status: DeclarationStatus,
  lane: Lane.nullable(),
  riskScore: z.number().int().min(0).max(100),
  riskHits: z.array(RiskHit),
  registeredAt: IsoDateTime,
  /** Date of acceptance: fixes the exchange rate and the tariff in force. */
  acceptanceDate: IsoDate,
  parties: z.array(Party).min(1),
  transport: Transport,
  valuation: Valuation,
  items: z.array(GoodsItem).min(1).max(999),
  documents: z.array(SupportingDocument),
  /** Server-assigned version, bumped on every change; decisions carry the version the officer saw. */
  version: z.number().int().min(1),
  /** Personal-use import (de minimis relief may apply per profile). */
  personalUse: z.boolean().optional(),
  /** Country the goods were dispatched from (DE 5/14), where it differs from origin. */
  exportCountry: CountryCode.optional(),
  /** Whether the duty is paid, deferred against a guarantee or still due (absent in older data). */
  payment: Payment.optional(),
  /**
   * The officer the declaration is assigned to (a supervisor assigns, an officer takes one), or
   * null: nobody yet. Absent in data from before assignment existed, which reads as nobody.
   */
  assignedTo: OfficerId.nullable().optional(),
  /** Generated demo data, labelled as such wherever it is shown. */
  demo: z.boolean(),
});
export type Declaration = z.infer<typeof Declaration>;
