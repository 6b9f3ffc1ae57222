import { Dec } from '../decimal';
import type { RoundingRule } from './types';

/** Rounds to a multiple of the rule's step; 'down' truncates toward zero (money is never negative here). */
export function roundByRule(value: Dec, rule: RoundingRule): Dec {
  const step = new Dec(rule.step);
  const mode = rule.mode === 'down' ? Dec.ROUND_DOWN : Dec.ROUND_HALF_UP;
  return value.div(step).toDecimalPlaces(0, mode).mul(step);
}
