import { describe, expect, it } from 'vitest';
import { DecimalString, HsCode, OfficerId } from '@shared/domain';
import { makeDeclaration } from '../../test-utils/fixtures';
import { declarationChanges } from './changes-since';

describe('declarationChanges', () => {
  const before = makeDeclaration({ id: 'D-1', lane: 'YELLOW', status: 'selected' });
  const [first] = before.items;
  if (!first) throw new Error('the fixture has an item');

  it('finds nothing between a copy and itself, nor in the version number alone', () => {
    expect(declarationChanges(before, { ...before, version: before.version + 3 })).toEqual([]);
  });

  it('names each changed field by where it lies, with both values, in the declaration’s order', () => {
    const after = {
      ...before,
      version: before.version + 1,
      lane: 'RED' as const,
      status: 'held' as const,
      assignedTo: OfficerId.parse('kim.officer'),
      transport: { ...before.transport, meansName: 'EVER GIVEN' },
      items: [{ ...first, hsCode: HsCode.parse('0306170000'), price: DecimalString.parse('13000.00') }],
      documents: [...before.documents, { code: 'N935', reference: 'INV-2', description: 'Invoice' }],
    };
    expect(declarationChanges(before, after)).toEqual([
      { scope: { kind: 'header' }, field: 'status', before: 'selected', after: 'held' },
      { scope: { kind: 'header' }, field: 'lane', before: 'YELLOW', after: 'RED' },
      {
        scope: { kind: 'header' },
        field: 'transport.meansName',
        before: before.transport.meansName,
        after: 'EVER GIVEN',
      },
      { scope: { kind: 'header' }, field: 'assignedTo', before: null, after: 'kim.officer' },
      { scope: { kind: 'item', sequence: 1 }, field: 'hsCode', before: first.hsCode, after: '0306170000' },
      { scope: { kind: 'item', sequence: 1 }, field: 'price', before: first.price, after: '13000.00' },
      {
        scope: { kind: 'document', code: 'N935', reference: 'INV-2' },
        field: '',
        before: null,
        after: 'present',
      },
    ]);
  });

  it('reports an item that went away as one removal, not a list of its fields', () => {
    const two = { ...before, items: [first, { ...first, sequence: 2, description: 'Squid' }] };
    expect(declarationChanges(two, before)).toEqual([
      { scope: { kind: 'item', sequence: 2 }, field: '', before: 'present', after: null },
    ]);
  });
});
