// One national rate applied to an item: the printed rate on its base and quantities, with the two
// adjustments statutes make to it (a quantity factor, a cap on a flexible rate's reduction).
import { err, ok, type Result } from '../../util/result';
import { Dec } from '../decimal';
import { describeRate, type RateSelection } from '../national-rates/select';
import type { ItemProblem, NationalTaxRate } from '../types';
import type { ItemSituation } from './measures';
import { evaluatePrinted, parseText, type Evaluated } from './rates';

export type AppliedRate = {
  evaluated: Evaluated;
  /** The ad valorem rate in percent, for a tax on this one that depends on it; null if specific. */
  adValoremPercent: string | null;
  trace: string[];
};

type Applying = {
  situation: ItemSituation;
  base: Dec;
  /** "Individual consumption tax", for messages. */
  what: string;
  /** The statute's rate for the same goods, for a flexible rate whose reduction is capped. */
  statuteRate: () => RateSelection;
};

export function applyNationalRate(
  rate: NationalTaxRate,
  applying: Applying,
): Result<AppliedRate, ItemProblem> {
  const { situation: s, base, what } = applying;
  const trace: string[] = [];
  let quantities = s.basis.quantities;
  if (rate.quantityFactor !== undefined) {
    const factor = rate.quantityFactor;
    quantities = quantities.map((q) => ({ ...q, quantity: new Dec(q.quantity).mul(factor).toFixed() }));
    // The article that sets the factor is in the rate's note (it is not the rate's own article).
    trace.push(`declared quantities taken at ${factor}${rate.note === undefined ? '' : ` — ${rate.note}`}`);
  }
  const parsed = parseText(rate.expression, s.currency);
  const evaluated = evaluatePrinted(
    parsed,
    `${what} ${rate.code}`.trim(),
    { ...s.basis, quantities, customsValue: base.toFixed() },
    s.convert,
  );
  if (!evaluated.ok) return evaluated;
  const applied: AppliedRate = {
    evaluated: evaluated.value,
    adValoremPercent: parsed.ok && parsed.value.kind === 'ad-valorem' ? parsed.value.percent : null,
    trace: [...trace, evaluated.value.explanation],
  };
  return rate.reductionCapPerArticle === undefined ? ok(applied) : capReduction(rate, applied, applying);
}

/**
 * A flexible rate that may lower the tax by at most `reductionCapPerArticle` per article: the tax
 * is the greater of the flexible rate's and the statute rate's less the cap times the articles
 * (Individual Consumption Tax Decree art. 2-2(3): a 3.5% car rate saves at most 1,000,000 won a car).
 */
function capReduction(
  rate: NationalTaxRate,
  flexible: AppliedRate,
  applying: Applying,
): Result<AppliedRate, ItemProblem> {
  const { situation: s, what } = applying;
  const articles = s.basis.quantities.find((q) => q.unit === 'NAR' && q.qualifier === undefined);
  if (articles === undefined) {
    return err({
      code: 'NATIONAL_RATE_NEEDS_ATTRIBUTE',
      message: `${what} for ${s.item.hsCode}: the flexible rate's reduction is capped per article (${rate.source}), and the item does not declare its number of articles (a quantity in items, NAR)`,
    });
  }
  const statute = applying.statuteRate();
  if (statute.outcome !== 'rates' || statute.rates.length !== 1) {
    return err({
      code: 'EVALUATION_FAILED',
      message: `${what} for ${s.item.hsCode}: the flexible rate's reduction is capped against the statute rate (${rate.source}), and the table gives no single statute rate for these goods`,
    });
  }
  const [statuteRate] = statute.rates as [NationalTaxRate];
  const full = applyNationalRate(statuteRate, { ...applying, statuteRate: () => ({ outcome: 'none' }) });
  if (!full.ok) return full;
  const cap = new Dec(rate.reductionCapPerArticle ?? '0').mul(articles.quantity);
  const floor = full.value.evaluated.amount.sub(cap);
  const reduction = `the reduction from the statute rate ${describeRate(statuteRate)} (${full.value.evaluated.amount.toFixed()}) is at most ${cap.toFixed()} for ${articles.quantity} article(s)`;
  if (flexible.evaluated.amount.gte(floor))
    return ok({ ...flexible, trace: [...flexible.trace, `${reduction}: not reached`] });
  return ok({
    evaluated: {
      amount: floor,
      rate: `${full.value.evaluated.rate} less ${cap.toFixed()}`,
      explanation: `${full.value.evaluated.amount.toFixed()} − ${cap.toFixed()} = ${floor.toFixed()}`,
    },
    adValoremPercent: flexible.adValoremPercent,
    trace: [
      ...flexible.trace,
      `${reduction}: reached, so the tax is the statute rate's less the cap`,
      `${full.value.evaluated.amount.toFixed()} − ${cap.toFixed()} = ${floor.toFixed()}`,
    ],
  });
}
