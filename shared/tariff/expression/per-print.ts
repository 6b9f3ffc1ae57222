import type { Per } from './per';
import { QUALIFIER_PRINT, unitWord } from './units';

/** "100 kg", "kg/lactic matter", "% vol/hl" (the EU's order for a rate per % vol per hl). */
export function printPer({ quantity, unit, qualifier }: Per): string {
  const word = unitWord(unit);
  const measure = quantity === '1' ? word : `${quantity} ${word}`;
  if (qualifier === undefined) return measure;
  if (qualifier === 'percent-vol') return `${QUALIFIER_PRINT[qualifier]}/${measure}`;
  return `${measure}/${QUALIFIER_PRINT[qualifier]}`;
}
