import type { ItemCorrection } from './assessment-claim';
import type { Declaration, GoodsItem } from './declaration';
import { err, ok, type AppError, type Result } from '../util/result';

// Corrections are never edits of the declaration (issue 9): an officer's reassessment carries
// them inside the decision, and the device and the central API both apply them to the
// declaration the officer saw, with this one function, before running the same engine.

/** Why a list of corrections cannot be applied to a declaration. */
export type CorrectionError = AppError & {
  code: 'CORRECTION_UNKNOWN_ITEM' | 'CORRECTION_REPEATED_ITEM';
  sequence: number;
};

/** One item with its corrected fields; a field the correction leaves out stays as declared. */
function correctItem(item: GoodsItem, correction: ItemCorrection): GoodsItem {
  const { sequence: _sequence, ...fields } = correction;
  const named = Object.entries(fields).filter(([, value]) => value !== undefined);
  // Every corrected field has the item's own type (ItemCorrection picks them from GoodsItem).
  return { ...item, ...(Object.fromEntries(named) as Partial<GoodsItem>) };
}

/**
 * The declaration as the officer corrected it: each correction replaces the fields it names on
 * the item with its `sequence`; everything else (the header, the invoice total, the other items,
 * the version) is as declared. Pure: the declaration passed in is not changed.
 *
 * Refused, never guessed: a correction of an item the declaration does not have
 * (`CORRECTION_UNKNOWN_ITEM`, e.g. one made on an earlier version with more items) and two
 * corrections of one item (`CORRECTION_REPEATED_ITEM`, which one would win?).
 */
export function applyCorrections(
  declaration: Declaration,
  corrections: readonly ItemCorrection[],
): Result<Declaration, CorrectionError> {
  const bySequence = new Map<number, ItemCorrection>();
  for (const correction of corrections) {
    if (bySequence.has(correction.sequence)) {
      return err({
        code: 'CORRECTION_REPEATED_ITEM',
        sequence: correction.sequence,
        message: `item ${correction.sequence} is corrected twice`,
      });
    }
    if (!declaration.items.some((item) => item.sequence === correction.sequence)) {
      return err({
        code: 'CORRECTION_UNKNOWN_ITEM',
        sequence: correction.sequence,
        message: `declaration ${declaration.id} has no item ${correction.sequence}`,
      });
    }
    bySequence.set(correction.sequence, correction);
  }
  if (bySequence.size === 0) return ok(declaration);
  return ok({
    ...declaration,
    items: declaration.items.map((item) => {
      const correction = bySequence.get(item.sequence);
      return correction === undefined ? item : correctItem(item, correction);
    }),
  });
}
