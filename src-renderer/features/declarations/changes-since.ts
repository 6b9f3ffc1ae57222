import type { Declaration, GoodsItem, Party } from '@shared/domain';

/** Where in a declaration a changed field lies: the header, or one item, party, document or risk hit. */
export type ChangeScope =
  | { kind: 'header' }
  | { kind: 'item'; sequence: number }
  | { kind: 'party'; role: Party['role'] }
  | { kind: 'document'; code: string; reference: string }
  | { kind: 'riskHit'; code: string };

/** One field that differs; `before`/`after` null: the field (or the whole item, party…) was absent. */
export type FieldChange = { scope: ChangeScope; field: string; before: string | null; after: string | null };

/** Fields that change without the declaration saying anything new to the officer. */
const IGNORED = new Set(['id', 'postId', 'version', 'jurisdiction', 'demo']);

const text = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

/** One level of fields, nested objects flattened with dots (`transport.meansName`), arrays as JSON. */
function fieldsOf(record: object, prefix = ''): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    const name = `${prefix}${key}`;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of fieldsOf(value, `${name}.`)) fields.set(inner, innerValue);
    } else fields.set(name, text(value));
  }
  return fields;
}

/** Scope key → its fields, for every part of the declaration an officer reads. */
function partsOf(declaration: Declaration): Map<string, { scope: ChangeScope; fields: Map<string, string> }> {
  const { items, parties, documents, riskHits, ...header } = declaration;
  const parts = new Map<string, { scope: ChangeScope; fields: Map<string, string> }>();
  const headerFields = fieldsOf(header);
  for (const ignored of IGNORED) headerFields.delete(ignored);
  parts.set('header', { scope: { kind: 'header' }, fields: headerFields });
  items.forEach((item: GoodsItem) =>
    parts.set(`item:${item.sequence}`, {
      scope: { kind: 'item', sequence: item.sequence },
      fields: fieldsOf(item),
    }),
  );
  // Parties by role (a declaration names each role once; a second of a role is keyed by its place).
  const seen = new Map<string, number>();
  for (const party of parties) {
    const count = seen.get(party.role) ?? 0;
    seen.set(party.role, count + 1);
    parts.set(`party:${party.role}:${count}`, {
      scope: { kind: 'party', role: party.role },
      fields: fieldsOf(party),
    });
  }
  for (const document of documents) {
    const scope: ChangeScope = { kind: 'document', code: document.code, reference: document.reference };
    parts.set(`document:${document.code}:${document.reference}`, {
      scope,
      fields: new Map([['description', document.description]]),
    });
  }
  for (const hit of riskHits) {
    parts.set(`riskHit:${hit.criterionCode}`, {
      scope: { kind: 'riskHit', code: hit.criterionCode },
      fields: fieldsOf({ description: hit.description, weight: hit.weight }),
    });
  }
  return parts;
}

/**
 * What differs between the copy an officer last opened and the one on screen, field by field, in
 * the declaration's own order (header, items, parties, documents, risk hits). An item, party,
 * document or hit that appeared or went is one change with `field` "" and a null side.
 */
export function declarationChanges(before: Declaration, after: Declaration): FieldChange[] {
  const was = partsOf(before);
  const now = partsOf(after);
  const changes: FieldChange[] = [];
  const keys = [...now.keys(), ...[...was.keys()].filter((key) => !now.has(key))];
  for (const key of keys) {
    const old = was.get(key);
    const fresh = now.get(key);
    const scope = (fresh ?? old)?.scope;
    if (scope === undefined) continue;
    if (old === undefined || fresh === undefined) {
      if (scope.kind !== 'header')
        changes.push({ scope, field: '', before: old ? 'present' : null, after: fresh ? 'present' : null });
      continue;
    }
    const names = [
      ...fresh.fields.keys(),
      ...[...old.fields.keys()].filter((name) => !fresh.fields.has(name)),
    ];
    for (const field of names) {
      const a = old.fields.get(field) ?? null;
      const b = fresh.fields.get(field) ?? null;
      if (a !== b) changes.push({ scope, field, before: a, after: b });
    }
  }
  return changes;
}
