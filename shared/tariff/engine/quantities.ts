import type { GoodsItem } from '../../domain/declaration';
import type { EvaluationBasis } from '../types';

type Quantity = EvaluationBasis['quantities'][number];

/**
 * Every quantity a specific rate may be measured on, as declared. Net mass is unqualified because a
 * rate "per kg" means net mass unless it says gross (UK tariff and HSK alike); the expression
 * evaluator converts between units (kg → 100 kg, l → hl) itself. The alcoholic strength travels as
 * the percent-vol quantity the evaluator multiplies the volume by, the sugar content as the
 * sugar-content quantity it multiplies the net mass by.
 */
export function quantitiesOf(item: GoodsItem): Quantity[] {
  const list: Quantity[] = [];
  const add = (q: Quantity) => {
    if (!list.some((e) => e.unit === q.unit && e.qualifier === q.qualifier)) list.push(q);
  };
  add({ unit: 'KGM', quantity: item.netMassKg });
  add({ unit: 'KGM', qualifier: 'gross', quantity: item.grossMassKg });
  add({ unit: item.quantityUnit, quantity: item.quantity });
  for (const s of item.supplementaryQuantities ?? []) add({ unit: s.unit, quantity: s.quantity });
  if (item.alcoholStrengthPercent !== undefined) {
    add({ unit: 'HLT', qualifier: 'percent-vol', quantity: item.alcoholStrengthPercent });
  }
  // "per 100 kg net per % sacchar.": the evaluator multiplies the net mass in 100 kg by it.
  if (item.sugarContentPercent !== undefined) {
    add({ unit: 'DTN', qualifier: 'sugar-content', quantity: item.sugarContentPercent });
  }
  return list;
}
