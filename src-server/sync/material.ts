import type { FieldChange } from '@shared/api/sync-v1';
import type { Declaration } from '@shared/domain/declaration';
import type { z } from 'zod';

export type MaterialChange = z.infer<typeof FieldChange>;

/**
 * The fields whose change makes an officer's earlier view unsafe to decide on: what the goods are,
 * where from, what they are worth, who trades them, and the lane. Status is not here: status
 * changes come from decisions and are judged by the state table (STATE_INVALID), not as amendments.
 * Paths name items by sequence and parties by role, so they stay stable when lists are reordered.
 */
export function materialFields(declaration: Declaration): Map<string, unknown> {
  const fields = new Map<string, unknown>([
    ['lane', declaration.lane],
    ['valuation.invoiceCurrency', declaration.valuation.invoiceCurrency],
    ['valuation.invoiceTotal', declaration.valuation.invoiceTotal],
    ['valuation.incoterm', declaration.valuation.incoterm],
    ['valuation.freight', declaration.valuation.freight],
    ['valuation.insurance', declaration.valuation.insurance],
    ['items.count', declaration.items.length],
  ]);
  for (const item of declaration.items) {
    const at = `items[${item.sequence}]`;
    fields.set(`${at}.hsCode`, item.hsCode);
    fields.set(`${at}.originCountry`, item.originCountry);
    fields.set(`${at}.price`, item.price);
    fields.set(`${at}.quantity`, item.quantity);
    fields.set(`${at}.quantityUnit`, item.quantityUnit);
    fields.set(`${at}.preference`, item.preference?.agreement ?? null);
  }
  for (const party of declaration.parties) fields.set(`parties[${party.role}].identifier`, party.identifier);
  return fields;
}

/** Material fields that differ, in a stable order; a field that disappeared is `after: null`. */
export function diffMaterial(before: Declaration, after: Declaration): MaterialChange[] {
  const a = materialFields(before);
  const b = materialFields(after);
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names
    .map((field) => ({ field, before: a.get(field) ?? null, after: b.get(field) ?? null }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}

/**
 * Folds the changes of several amendments, oldest first, into one diff from the first `before`
 * to the last `after`; a field amended and then changed back drops out.
 */
export function foldChanges(amendments: readonly (readonly MaterialChange[])[]): MaterialChange[] {
  const folded = new Map<string, MaterialChange>();
  for (const changes of amendments) {
    for (const change of changes) {
      const earlier = folded.get(change.field);
      folded.set(change.field, {
        field: change.field,
        before: earlier ? earlier.before : change.before,
        after: change.after,
      });
    }
  }
  return [...folded.values()]
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after))
    .sort((x, y) => (x.field < y.field ? -1 : x.field > y.field ? 1 : 0));
}
