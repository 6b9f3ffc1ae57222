import type { Declaration } from '../../domain/declaration';
import { Dec } from '../decimal';
import type { JurisdictionProfile } from '../profiles/types';
import type { Assessment, ItemAssessment, TaxKind } from '../types';

type Totals = Assessment['totals'];

/** Sums per tax kind and code, in the profile's tax order. */
export function totalsByKind(items: ItemAssessment[], profile: JurisdictionProfile): Totals['byKind'] {
  const order = profile.taxes.map((t) => t.kind);
  const sums = new Map<string, { kind: TaxKind; code: string | null; amount: Dec }>();
  for (const line of items.flatMap((i) => i.taxes)) {
    const key = `${line.kind}|${line.code ?? ''}`;
    const entry = sums.get(key) ?? { kind: line.kind, code: line.code, amount: new Dec(0) };
    entry.amount = entry.amount.add(line.amount);
    sums.set(key, entry);
  }
  return [...sums.values()]
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .map((e) => ({ kind: e.kind, code: e.code, amount: e.amount.toFixed() }));
}

/** Everything not collected: all of it under de minimis, else what falls under the minimum collection. */
export function waivedAmounts(
  byKind: Totals['byKind'],
  profile: JurisdictionProfile,
  deMinimisReason: string | null,
): Totals['waived'] {
  const perKind = new Map<TaxKind, Dec>();
  for (const t of byKind) perKind.set(t.kind, (perKind.get(t.kind) ?? new Dec(0)).add(t.amount));
  if (deMinimisReason !== null) {
    return [...perKind.entries()]
      .filter(([, amount]) => amount.gt(0))
      .map(([kind, amount]) => ({ kind, amount: amount.toFixed(), reason: deMinimisReason }));
  }
  const rule = profile.minimumCollection;
  if (rule === null) return [];
  const tested = rule.kinds.reduce((acc, k) => acc.add(perKind.get(k) ?? 0), new Dec(0));
  if (!tested.gt(0) || !tested.lt(rule.threshold)) return [];
  return rule.kinds
    .filter((k) => (perKind.get(k) ?? new Dec(0)).gt(0))
    .map((kind) => ({
      kind,
      amount: (perKind.get(kind) ?? new Dec(0)).toFixed(),
      reason: `${rule.reason}: ${tested.toFixed()} < ${rule.threshold} ${profile.currency}`,
    }));
}

/** Declared against computed, per tax type code, over the whole declaration. */
export function declaredVsComputed(
  declaration: Declaration,
  items: ItemAssessment[],
  tolerance: Dec,
): Assessment['declared'] {
  const declared = new Map<string, Dec | null>();
  for (const t of declaration.items.flatMap((i) => i.declaredTaxes ?? [])) {
    const previous = declared.get(t.code) ?? null;
    declared.set(t.code, t.amount === null ? previous : (previous ?? new Dec(0)).add(t.amount));
  }
  const computed = new Map<string, Dec>();
  for (const line of items.flatMap((i) => i.taxes)) {
    if (line.code === null) continue;
    computed.set(line.code, (computed.get(line.code) ?? new Dec(0)).add(line.amount));
  }
  // In the profile's order, as the items list their taxes (관세, 주세, 교육세, 부가가치세 — not by
  // the codes' spelling); codes declared but not computed follow, sorted.
  const codes = [...computed.keys(), ...[...declared.keys()].filter((code) => !computed.has(code)).sort()];
  return codes.map((code) => {
    const d = declared.get(code) ?? null;
    const c = computed.get(code) ?? new Dec(0);
    return {
      code,
      declared: d === null ? null : d.toFixed(),
      computed: c.toFixed(),
      // Nothing declared as an amount (CDS computes it): nothing to dispute.
      withinTolerance: d === null || d.sub(c).abs().lte(tolerance),
    };
  });
}
