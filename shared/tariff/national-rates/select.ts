// Which national rate applies to an item: pure, from the rate table, the item and the acceptance date.
import type { GoodsItem } from '../../domain/declaration';
import { Dec } from '../decimal';
import type { AttributeRange, NationalRateConditions, NationalTaxRate, TaxKind } from '../types';

/** The tax a rate is levied on, as the item already bears it (Education Tax Act art. 5). */
export type ParentTax = { kind: TaxKind; adValoremPercent: string | null };

/** An attribute of the goods a condition reads, named as the declaration names it. */
export type GoodsAttribute =
  'engineCapacityCc' | 'electricVehicle' | 'alcoholStrengthPercent' | 'liquorCategory';

export type RateSelection =
  /** No rate of the kind covers the goods on that date. */
  | { outcome: 'none' }
  /** The rates that apply: one, or one per national code the item carries (UK excise). */
  | { outcome: 'rates'; rates: NationalTaxRate[] }
  /** The law says the goods are not liable. */
  | { outcome: 'exempt'; rate: NationalTaxRate }
  /** A rate may apply, but it turns on something the item does not declare. */
  | { outcome: 'needs'; attributes: GoodsAttribute[]; rates: NationalTaxRate[] }
  /** Two rates apply with nothing in the table to choose between them: the table is wrong. */
  | { outcome: 'ambiguous'; rates: NationalTaxRate[] };

/** Whether a rate's conditions hold for the goods; unknown names what the item would have to declare. */
export type Verdict = { holds: 'yes' } | { holds: 'no' } | { holds: 'unknown'; attributes: GoodsAttribute[] };

const isNationalCode = (match: string) => match !== '' && !/^\d+$/.test(match);

export function inForceOn(rate: NationalTaxRate, date: string): boolean {
  return (!rate.validFrom || date >= rate.validFrom) && (!rate.validTo || date <= rate.validTo);
}

function within(value: string, range: AttributeRange): boolean {
  const v = new Dec(value);
  return (
    (range.above === undefined || v.gt(range.above)) && (range.atMost === undefined || v.lte(range.atMost))
  );
}

/**
 * Whether the conditions hold for the item. An attribute the item does not declare makes the
 * verdict unknown rather than false: a rate must never be skipped, and a cheaper one taken, because
 * the declarant left out what decides between them.
 */
export function conditionsHold(
  conditions: NationalRateConditions | undefined,
  item: GoodsItem,
  parent: ParentTax | null,
): Verdict {
  if (conditions === undefined) return { holds: 'yes' };
  const unknown: GoodsAttribute[] = [];
  let fails = false;
  const check = (attribute: GoodsAttribute, value: string | undefined, test: (v: string) => boolean) => {
    if (value === undefined) unknown.push(attribute);
    else if (!test(value)) fails = true;
  };
  const { engineCapacityCc, electric, alcoholStrengthPercent, liquorCategory, parentAdValoremPercent } =
    conditions;
  if (engineCapacityCc !== undefined) {
    // A vehicle driven by electricity alone has no engine capacity to fall within a range.
    if (item.electricVehicle === true) fails = true;
    else check('engineCapacityCc', item.engineCapacityCc, (v) => within(v, engineCapacityCc));
  }
  if (electric !== undefined) {
    // A declared engine capacity says the vehicle has an engine: not electric alone.
    const declared = item.electricVehicle ?? (item.engineCapacityCc !== undefined ? false : undefined);
    check(
      'electricVehicle',
      declared === undefined ? undefined : String(declared),
      (v) => v === String(electric),
    );
  }
  if (alcoholStrengthPercent !== undefined) {
    check('alcoholStrengthPercent', item.alcoholStrengthPercent, (v) => within(v, alcoholStrengthPercent));
  }
  if (liquorCategory !== undefined) {
    check('liquorCategory', item.liquorCategory, (v) => (liquorCategory as string[]).includes(v));
  }
  if (parentAdValoremPercent !== undefined) {
    // A per-litre parent has no ad valorem rate to exceed anything.
    const percent = parent?.adValoremPercent ?? null;
    if (percent === null || !within(percent, parentAdValoremPercent)) fails = true;
  }
  if (fails) return { holds: 'no' };
  return unknown.length === 0 ? { holds: 'yes' } : { holds: 'unknown', attributes: unknown };
}

const BASIS_RANK = { flexible: 2, decree: 1, statute: 0 } as const;
const rankOf = (rate: NationalTaxRate) => BASIS_RANK[rate.basis ?? 'statute'];

/**
 * The rate of `kind` for the item on `date`. In force on the date; levied on `parent` when one is
 * given (and on the goods otherwise); a national code the item carries before any tariff-code
 * prefix; the longest prefix whose conditions can hold; and of those, a flexible rate (탄력세율)
 * over the statute's, then the one with the most conditions (the exception over the rule).
 */
export function selectNationalRate(
  rates: readonly NationalTaxRate[],
  kind: TaxKind,
  item: GoodsItem,
  date: string,
  parent: ParentTax | null,
): RateSelection {
  const candidates = rates.filter(
    (r) => r.kind === kind && (r.of ?? null) === (parent?.kind ?? null) && inForceOn(r, date),
  );
  const byNationalCode = candidates.filter(
    (r) => isNationalCode(r.match) && (item.nationalCodes ?? []).includes(r.match),
  );
  if (byNationalCode.length > 0) return decide(byNationalCode, item, parent, true);

  const byPrefix = candidates.filter((r) => !isNationalCode(r.match) && item.hsCode.startsWith(r.match));
  const lengths = [...new Set(byPrefix.map((r) => r.match.length))].sort((a, b) => b - a);
  for (const length of lengths) {
    const decided = decide(
      byPrefix.filter((r) => r.match.length === length),
      item,
      parent,
      false,
    );
    if (decided.outcome !== 'none') return decided;
  }
  return { outcome: 'none' };
}

function decide(
  group: NationalTaxRate[],
  item: GoodsItem,
  parent: ParentTax | null,
  allApply: boolean,
): RateSelection {
  const holding: NationalTaxRate[] = [];
  const unknown = new Set<GoodsAttribute>();
  const undecided: NationalTaxRate[] = [];
  for (const rate of group) {
    const verdict = conditionsHold(rate.conditions, item, parent);
    if (verdict.holds === 'yes') holding.push(rate);
    else if (verdict.holds === 'unknown') {
      verdict.attributes.forEach((attribute) => unknown.add(attribute));
      undecided.push(rate);
    }
  }
  if (unknown.size > 0) return { outcome: 'needs', attributes: [...unknown], rates: undecided };
  if (holding.length === 0) return { outcome: 'none' };
  if (allApply) return { outcome: 'rates', rates: holding };
  // A flexible rate over the statute's; then the rate that says more about the goods, as a
  // statute's "but where …" overrides its general rule (art. 5: 10%, but 30% above 70%).
  const standing = (r: NationalTaxRate) => rankOf(r) * 100 + Object.keys(r.conditions ?? {}).length;
  const top = Math.max(...holding.map(standing));
  const chosen = holding.filter((r) => standing(r) === top);
  if (chosen.length > 1) return { outcome: 'ambiguous', rates: chosen };
  const [rate] = chosen as [NationalTaxRate];
  return rate.exempt === true ? { outcome: 'exempt', rate } : { outcome: 'rates', rates: [rate] };
}

const RANGE_WORDS = (range: AttributeRange, unit: string) =>
  [
    range.above === undefined ? null : `above ${range.above}${unit}`,
    range.atMost === undefined ? null : `at most ${range.atMost}${unit}`,
  ]
    .filter((part) => part !== null)
    .join(' and ');

/** The rate as the trace names it: goods, conditions, basis, validity and article. */
export function describeRate(rate: NationalTaxRate): string {
  const c = rate.conditions ?? {};
  const conditions = [
    c.engineCapacityCc && `engine capacity ${RANGE_WORDS(c.engineCapacityCc, ' cc')}`,
    c.electric !== undefined && (c.electric ? 'electric vehicle' : 'not an electric vehicle'),
    c.alcoholStrengthPercent && `alcoholic strength ${RANGE_WORDS(c.alcoholStrengthPercent, '% vol')}`,
    c.liquorCategory && `liquor category ${c.liquorCategory.join('/')}`,
    c.parentAdValoremPercent &&
      `${rate.of ?? 'parent'} tax rate ${RANGE_WORDS(c.parentAdValoremPercent, '%')}`,
  ].filter((part): part is string => typeof part === 'string');
  const goods = rate.match === '' ? 'any goods' : rate.match;
  const on = rate.of === undefined ? '' : ` of the ${rate.of} tax`;
  const validity =
    rate.validFrom || rate.validTo ? `, in force ${rate.validFrom ?? '…'} to ${rate.validTo ?? '…'}` : '';
  return `"${rate.expression}"${on} for ${goods}${conditions.length > 0 ? ` with ${conditions.join(', ')}` : ''} (${rate.basis ?? 'statute'} rate${validity}) [${rate.source}]`;
}
