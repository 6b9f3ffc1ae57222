import type { z } from 'zod';
import type { GoodsItem, ValuationAdjustment } from '../../domain/declaration';
import { preview } from '../../tariff/preview';
import { CHARGE_CODES } from './charge-codes';
import type { Scope } from './fields';
import {
  COUNTRY,
  amountAt,
  decimalText,
  fail,
  invalid,
  missing,
  optionalDecimal,
  requiredDecimal,
  requiredText,
} from './fields';
import type { XmlElement } from './xml';
import { childrenNamed, textAt } from './xml';

/** DE 2/3 document codes (category letter + type) that prove preferential origin. */
const PROOF_OF_ORIGIN_CODES = new Set([
  'N954',
  'N864',
  'N865',
  'U110',
  'U111',
  'U112',
  'U116',
  'U162',
  'U163',
  'U164',
]);

/** Rec 20 "mutually defined": a tariff quantity whose unit neither the XML nor the tariff names. */
export const UNKNOWN_UNIT = 'ZZ';

export type ItemOptions = {
  /** The tariff line's supplementary unit (Rec 20), where the caller's tariff knows it. */
  supplementaryUnit?: (hsCode: string) => string | undefined;
};

/** A goods item as the XML gives it, before the declaration-wide checks (currency, sequence). */
export type ParsedItem = z.input<typeof GoodsItem> & { priceCurrency: string };
type Adjustment = z.input<typeof ValuationAdjustment>;

export function parseItem(element: XmlElement, position: number, options: ItemOptions): ParsedItem {
  const rawSequence = textAt(element, 'SequenceNumeric');
  // Only a well-formed number names the item in messages; anything else is echoed once, as a preview.
  const wellFormed = rawSequence !== undefined && /^\d{1,3}$/.test(rawSequence);
  const scope: Scope = { label: `GovernmentAgencyGoodsItem ${wellFormed ? rawSequence : `#${position}`}` };
  if (rawSequence === undefined) missing(scope, 'SequenceNumeric');
  const sequence = Number(rawSequence);
  if (!wellFormed || sequence < 1)
    invalid(scope, 'SequenceNumeric', rawSequence, 'a goods item number from 1 to 999');

  const commodity = childrenNamed(element, 'Commodity')[0] ?? missing(scope, 'Commodity');
  const hsCode = commodityCode(commodity, scope);
  const description = requiredText(commodity, 'Description', scope, 'Commodity/Description');
  const regime = dutyRegime(commodity, scope);
  const originCountry = origin(element, scope, regime?.startsWith('3') === true);

  const price = amountAt(
    commodity,
    'InvoiceLine/ItemChargeAmount',
    scope,
    'Commodity/InvoiceLine/ItemChargeAmount',
  );
  if (price === undefined) missing(scope, 'Commodity/InvoiceLine/ItemChargeAmount');

  const netMassKg = requiredDecimal(
    commodity,
    'GoodsMeasure/NetNetWeightMeasure',
    scope,
    'Commodity/GoodsMeasure/NetNetWeightMeasure',
  );
  const grossMassKg = requiredDecimal(
    commodity,
    'GoodsMeasure/GrossMassMeasure',
    scope,
    'Commodity/GoodsMeasure/GrossMassMeasure',
  );
  const quantities = tariffQuantities(commodity, scope, hsCode, options);
  const packages = packaging(element, scope);
  const quotaOrderNumber = quota(commodity, scope);
  const nationalCodes = childrenNamed(commodity, 'Classification')
    .filter((c) => ['GN', 'TRA'].includes(textAt(c, 'IdentificationTypeCode') ?? ''))
    .map((c) => textAt(c, 'ID'))
    .filter((code): code is string => code !== undefined);
  const declaredTaxes = childrenNamed(commodity, 'DutyTaxFee').flatMap((fee) => {
    const code = textAt(fee, 'TypeCode');
    if (code === undefined) return [];
    const label = (path: string) => `Commodity/DutyTaxFee[${code}]/${path}`;
    const amount =
      optionalDecimal(fee, 'Payment/TaxAssessedAmount', scope, label('Payment/TaxAssessedAmount')) ??
      optionalDecimal(fee, 'Payment/PaymentAmount', scope, label('Payment/PaymentAmount'));
    return [{ code, amount: amount ?? null }];
  });
  const procedureCode = procedure(element);
  const valuationMethod = textAt(element, 'CustomsValuation/MethodCode');
  const adjustments = chargeDeductions(childrenNamed(element, 'CustomsValuation'), scope);

  const item: ParsedItem = {
    sequence,
    hsCode,
    description,
    originCountry,
    preference:
      regime?.startsWith('3') === true ? { agreement: regime, proofOfOrigin: proofOfOrigin(element) } : null,
    quantity: netMassKg,
    quantityUnit: 'KGM',
    netMassKg,
    grossMassKg,
    packages,
    price: price.amount,
    priceCurrency: price.currency,
    ...(quantities.supplementary.length > 0 ? { supplementaryQuantities: quantities.supplementary } : {}),
    ...(quantities.alcohol !== undefined ? { alcoholStrengthPercent: quantities.alcohol } : {}),
    ...(quantities.sugar !== undefined ? { sugarContentPercent: quantities.sugar } : {}),
    ...(valuationMethod !== undefined ? { valuationMethod } : {}),
    ...(regime !== undefined ? { dutyRegimeCode: regime } : {}),
    ...(procedureCode !== undefined ? { procedureCode } : {}),
    ...(quotaOrderNumber !== undefined ? { quotaOrderNumber } : {}),
    ...(nationalCodes.length > 0 ? { nationalCodes } : {}),
    ...(adjustments.length > 0 ? { adjustments } : {}),
    ...(declaredTaxes.length > 0 ? { declaredTaxes } : {}),
  };
  return item;
}

/** DE 6/14 (TSP/CN, 8 digits) + DE 6/15 (TRC/TARIC, 2 digits) → the 10-digit UK commodity code. */
function commodityCode(commodity: XmlElement, scope: Scope): string {
  const classifications = childrenNamed(commodity, 'Classification');
  const byType = (type: string) => classifications.find((c) => textAt(c, 'IdentificationTypeCode') === type);
  const tsp = byType('TSP');
  const cn = tsp === undefined ? undefined : textAt(tsp, 'ID');
  if (cn === undefined) missing(scope, 'Commodity/Classification[TSP]/ID');
  if (!/^\d{8}$/.test(cn))
    invalid(scope, 'Commodity/Classification[TSP]/ID', cn, 'an 8-digit commodity code');
  const trc = byType('TRC');
  const taric = trc === undefined ? undefined : textAt(trc, 'ID');
  if (taric === undefined) return cn;
  if (!/^\d{2}$/.test(taric)) invalid(scope, 'Commodity/Classification[TRC]/ID', taric, 'two digits');
  return cn + taric;
}

function dutyRegime(commodity: XmlElement, scope: Scope): string | undefined {
  const codes = childrenNamed(commodity, 'DutyTaxFee')
    .map((fee) => textAt(fee, 'DutyRegimeCode'))
    .filter((code): code is string => code !== undefined);
  const [code] = codes;
  if (code !== undefined && !/^\d{3}$/.test(code))
    invalid(scope, 'Commodity/DutyTaxFee/DutyRegimeCode', code, 'a 3-digit preference code');
  return code;
}

/** DE 5/15 (type 1, non-preferential) and 5/16 (type 2, preferential): a preference claim uses 5/16. */
function origin(element: XmlElement, scope: Scope, preferential: boolean): string {
  const origins = childrenNamed(element, 'Origin').map((o) => ({
    country: textAt(o, 'CountryCode'),
    type: textAt(o, 'TypeCode'),
  }));
  const pick =
    origins.find((o) => o.type === (preferential ? '2' : '1')) ??
    origins.find((o) => o.country !== undefined);
  const country = pick?.country;
  if (country === undefined) return missing(scope, 'Origin/CountryCode');
  if (!COUNTRY.test(country))
    invalid(scope, 'Origin/CountryCode', country, 'an ISO 3166 alpha-2 country code');
  return country;
}

function tariffQuantities(
  commodity: XmlElement,
  scope: Scope,
  hsCode: string,
  options: ItemOptions,
): {
  supplementary: Array<{ unit: string; quantity: string }>;
  alcohol: string | undefined;
  sugar: string | undefined;
} {
  const supplementary: Array<{ unit: string; quantity: string }> = [];
  const tariffQuantity = childrenNamed(commodity, 'GoodsMeasure')[0];
  const measure =
    tariffQuantity === undefined ? undefined : childrenNamed(tariffQuantity, 'TariffQuantity')[0];
  if (measure !== undefined && measure.text !== '') {
    const quantity = decimalText(measure.text, scope, 'Commodity/GoodsMeasure/TariffQuantity');
    const unit = measure.attributes.get('unitCode') ?? options.supplementaryUnit?.(hsCode) ?? UNKNOWN_UNIT;
    if (!/^[A-Z0-9]{2,3}$/.test(unit))
      invalid(scope, 'Commodity/GoodsMeasure/TariffQuantity@unitCode', unit, 'a UN/ECE Rec 20 unit code');
    supplementary.push({ unit, quantity });
  }
  let alcohol: string | undefined;
  let sugar: string | undefined;
  for (const fee of childrenNamed(commodity, 'DutyTaxFee'))
    for (const base of childrenNamed(fee, 'SpecificTaxBaseQuantity')) {
      const path = 'Commodity/DutyTaxFee/SpecificTaxBaseQuantity';
      const quantity = decimalText(base.text, scope, path);
      const unit = base.attributes.get('unitCode');
      if (unit === undefined) missing(scope, `${path}@unitCode`);
      // ASV: alcoholic strength by volume, in percent.
      if (unit === 'ASV') alcohol = quantity;
      // DTNZ: the TARIC unit DTN (100 kg) with qualifier Z, "per 1% by weight of sucrose", which
      // CDS Appendix 20 (measurement unit codes for DE 4/4) writes as one code. Read like ASV: the
      // third quantity a "/100kg/net/%sacchar." rate needs, the sucrose content in percent.
      else if (unit === 'DTNZ') sugar = quantity;
      else if (/^[A-Z0-9]{2,3}$/.test(unit)) supplementary.push({ unit, quantity });
      else invalid(scope, `${path}@unitCode`, unit, 'a UN/ECE Rec 20 unit code');
    }
  return { supplementary, alcohol, sugar };
}

function packaging(element: XmlElement, scope: Scope): ParsedItem['packages'] {
  const packages = childrenNamed(element, 'Packaging');
  let count = 0;
  for (const pack of packages) {
    const quantity = textAt(pack, 'QuantityQuantity');
    if (quantity === undefined) continue;
    if (!/^\d{1,9}$/.test(quantity)) invalid(scope, 'Packaging/QuantityQuantity', quantity, 'a whole number');
    count += Number(quantity);
  }
  const kind = packages.map((pack) => textAt(pack, 'TypeCode')).find((code) => code !== undefined);
  if (kind !== undefined && !/^[A-Z0-9]{2}$/.test(kind))
    invalid(scope, 'Packaging/TypeCode', kind, 'a 2-character Rec 21 package code');
  // Rec 21 ZZ "mutually defined" where no package kind is declared.
  return { count, kindCode: kind ?? 'ZZ' };
}

function quota(commodity: XmlElement, scope: Scope): string | undefined {
  const id = childrenNamed(commodity, 'DutyTaxFee')
    .map((fee) => textAt(fee, 'QuotaOrderID'))
    .find((value) => value !== undefined);
  if (id !== undefined && !/^\d{6}$/.test(id))
    invalid(scope, 'Commodity/DutyTaxFee/QuotaOrderID', id, 'a 6-digit quota order number');
  return id;
}

/** DE 1/10 (requested + previous, 4 digits) and DE 1/11 (3 characters): "4000 000". */
function procedure(element: XmlElement): string | undefined {
  const procedures = childrenNamed(element, 'GovernmentProcedure');
  const main = procedures.find((p) => textAt(p, 'PreviousCode') !== undefined);
  const additional = procedures.find((p) => p !== main);
  if (main === undefined) return undefined;
  const code = `${textAt(main, 'CurrentCode') ?? ''}${textAt(main, 'PreviousCode') ?? ''}`;
  const extra = additional === undefined ? undefined : textAt(additional, 'CurrentCode');
  return extra === undefined ? code : `${code} ${extra}`;
}

function proofOfOrigin(element: XmlElement): string | null {
  for (const document of childrenNamed(element, 'AdditionalDocument')) {
    const code = `${textAt(document, 'CategoryCode') ?? ''}${textAt(document, 'TypeCode') ?? ''}`;
    const id = textAt(document, 'ID');
    if (PROOF_OF_ORIGIN_CODES.has(code) && id !== undefined) return id;
  }
  return null;
}

/** DE 4/9 at header or item level: each ChargeDeduction classified by the code list. */
export function chargeDeductions(valuations: XmlElement[], scope: Scope): Adjustment[] {
  return valuations.flatMap((valuation) =>
    childrenNamed(valuation, 'ChargeDeduction').map((charge) => {
      const path = 'CustomsValuation/ChargeDeduction';
      const code = textAt(charge, 'ChargesTypeCode') ?? missing(scope, `${path}/ChargesTypeCode`);
      const known = CHARGE_CODES.get(code);
      if (known === undefined)
        fail(
          'CDS_UNKNOWN_CHARGE_CODE',
          `${scope.label === '' ? '' : `${scope.label}: `}${path}/ChargesTypeCode ${preview(code)} is not a DE 4/9 addition or deduction code this importer knows (${[...CHARGE_CODES.keys()].join(', ')})`,
          `${scope.label === '' ? '' : `${scope.label}: `}${path}/ChargesTypeCode`,
        );
      const amount = amountAt(
        charge,
        'OtherChargeDeductionAmount',
        scope,
        `${path}/OtherChargeDeductionAmount`,
      );
      if (amount === undefined) missing(scope, `${path}/OtherChargeDeductionAmount`);
      return {
        kind: known.kind,
        code,
        amount: amount.amount,
        currency: amount.currency,
      } satisfies Adjustment;
    }),
  );
}
