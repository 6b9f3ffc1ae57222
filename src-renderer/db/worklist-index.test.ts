import { describe, expect, it } from 'vitest';
import { makeDeclaration } from '../test-utils/fixtures';
import { openTestCacheDb } from '../test-utils/db';
import { NO_FILTER, NO_MARKS, type WorklistFilter, type WorklistMarks } from './worklist-filter';
import { WorklistIndex, type WorklistSort } from './worklist-index';
import { readWorklistRange } from './worklist-repo';
import { toWorklistRow, type WorklistRow } from './worklist-row';
import type { WorklistSortColumn } from './worklist-sort';

const lanes = ['RED', 'YELLOW', 'BLUE', 'GREEN', null] as const;
const party = (role: string, name: string, country = 'KR') => ({
  role,
  name,
  identifier: 'X1',
  address: '-',
  country,
});

/** 40 rows of varied fields, ties included, so an order must fall back to the id as IndexedDB does. */
function rows(): WorklistRow[] {
  return Array.from({ length: 40 }, (_, i) =>
    toWorklistRow(
      makeDeclaration({
        id: `D-${String((i * 7) % 40).padStart(2, '0')}`,
        reference: `REF-${String(i % 13).padStart(3, '0')}`,
        lane: lanes[i % lanes.length],
        riskScore: (i * 3) % 10,
        status: i % 3 === 0 ? 'selected' : 'held',
        registeredAt: `2025-03-${String(10 + (i % 5)).padStart(2, '0')}T10:00:00+09:00`,
        assignedTo: i % 4 === 0 ? 'officer-kim' : i % 4 === 1 ? 'officer-park' : null,
        parties: [
          party('importer', i % 2 === 0 ? '(주)가람수산' : 'Blue Delta Foods Ltd'),
          party('declarant', i % 5 === 0 ? '관세법인 한빛' : 'Saigon Brokers'),
        ],
        items: [
          { ...makeDeclaration().items[0], hsCode: i % 2 === 0 ? '0306171000' : '8703231000' },
          {
            ...makeDeclaration().items[0],
            sequence: 2,
            hsCode: '2204210000',
            originCountry: i % 3 === 0 ? 'FR' : 'VN',
          },
        ],
      }),
    ),
  );
}

const references = (index: WorklistIndex, sort: WorklistSort, filter: WorklistFilter, marks = NO_MARKS) => {
  const { slots, total } = index.select(sort, filter, marks);
  return Array.from(slots.subarray(0, total), (slot) => index.row(slot).id);
};
const asc = (column: WorklistSortColumn): WorklistSort => ({ column, desc: false });

describe('the worklist index', () => {
  it('orders every column exactly as its IndexedDB index does, either way', async () => {
    const db = openTestCacheDb();
    await db.worklist.bulkPut(rows());
    const index = new WorklistIndex('KR-ICN', rows());
    const columns: WorklistSortColumn[] = [
      'reference',
      'lane',
      'riskScore',
      'status',
      'registeredAt',
      'trader',
    ];
    const fromIndex = columns.flatMap((column) =>
      [false, true].map((desc) => references(index, { column, desc }, NO_FILTER)),
    );
    const fromDb = await Promise.all(
      columns.flatMap((column) =>
        [false, true].map(async (desc) =>
          (await readWorklistRange(db, 'KR-ICN', { column, desc }, NO_MARKS, 0, 100)).rows.map(
            (row) => row.id,
          ),
        ),
      ),
    );
    expect(fromIndex).toEqual(fromDb);
  });

  it('applies every filter of the contract, together', () => {
    const index = new WorklistIndex('KR-ICN', rows());
    const ids = (filter: Partial<WorklistFilter>, marks?: WorklistMarks) =>
      references(index, asc('reference'), { ...NO_FILTER, ...filter }, marks).sort();
    const all = rows();
    const expected = (test: (row: WorklistRow) => boolean) =>
      all
        .filter(test)
        .map((row) => row.id)
        .sort();
    const marks: WorklistMarks = { pending: new Map([['D-01', 'released']]), attention: new Set(['D-02']) };
    expect({
      number: ids({ text: 'ref-01' }),
      anyParty: ids({ text: '관세법인' }),
      lane: ids({ lane: 'none' }),
      risk: ids({ riskMin: 3, riskMax: 4 }),
      days: ids({ registeredFrom: '2025-03-11', registeredTo: '2025-03-12' }),
      importer: ids({ importer: 'blue d' }),
      hs: ids({ hsPrefix: '8703.23' }),
      origin: ids({ origin: 'FR' }),
      kim: ids({ assignedTo: 'officer-kim' }),
      nobody: ids({ assignedTo: 'none' }),
      pendingReleased: ids({ pendingOnly: true, status: 'released' }, marks),
      attention: ids({ needsAttention: true }, marks),
      together: ids({ lane: 'RED', importer: '(주)가람', origin: 'FR' }),
    }).toEqual({
      number: expected((row) => row.reference.startsWith('REF-01')),
      anyParty: expected((row) => row.partyKeys.some((key) => key.startsWith('관세법인'))),
      lane: expected((row) => row.lane === null),
      risk: expected((row) => row.riskScore >= 3 && row.riskScore <= 4),
      days: expected((row) => row.registeredDay === '2025-03-11' || row.registeredDay === '2025-03-12'),
      importer: expected((row) => row.trader === 'Blue Delta Foods Ltd'),
      hs: expected((row) => row.firstHsCode === '8703231000'),
      origin: expected((row) => row.origins.includes('FR')),
      kim: expected((row) => row.assignedTo === 'officer-kim'),
      nobody: expected((row) => row.assignedTo === null),
      pendingReleased: ['D-01'],
      attention: ['D-02'],
      together: expected(
        (row) => row.lane === 'RED' && row.trader === '(주)가람수산' && row.origins.includes('FR'),
      ),
    });
  });

  it('counts the matching rows per lane and per status shown', () => {
    const index = new WorklistIndex('KR-ICN', rows());
    const marks: WorklistMarks = { pending: new Map([['D-00', 'released']]), attention: new Set() };
    const { counts } = index.select(asc('lane'), { ...NO_FILTER, lane: 'RED' }, marks);
    expect(counts).toEqual({
      lanes: { RED: 8, YELLOW: 0, BLUE: 0, GREEN: 0, none: 0 },
      statuses: { registered: 0, selected: 2, assessed: 0, examined: 0, held: 5, rejected: 0, released: 1 },
    });
  });

  it('sorts a row with a pending decision by the status it shows', () => {
    const index = new WorklistIndex('KR-ICN', rows());
    const marks: WorklistMarks = { pending: new Map([['D-00', 'registered']]), attention: new Set() };
    expect(references(index, asc('status'), NO_FILTER, marks)[0]).toBe('D-00');
  });

  it('after changes, holds the same orders as an index built from the rows afresh', async () => {
    const index = new WorklistIndex('KR-ICN', rows());
    await index.prepare(['reference', 'lane', 'trader'], async () => {});
    const changed = toWorklistRow(
      makeDeclaration({ id: 'D-03', reference: 'REF-000', lane: 'RED', riskScore: 99 }),
    );
    const added = toWorklistRow(makeDeclaration({ id: 'D-99', reference: 'REF-005', lane: null }));
    const moved = toWorklistRow(makeDeclaration({ id: 'D-04', postId: 'GB-DVR' }));
    index.apply({ rows: [changed, added, moved], deleted: ['D-05'], reset: false });
    const afresh = new WorklistIndex('KR-ICN', [
      ...rows().filter((row) => !['D-03', 'D-04', 'D-05'].includes(row.id)),
      changed,
      added,
    ]);
    const orders = (of: WorklistIndex) =>
      (['reference', 'lane', 'trader'] as const).map((column) => references(of, asc(column), NO_FILTER));
    expect({ size: index.size, orders: orders(index) }).toEqual({ size: 39, orders: orders(afresh) });
  });

  it('answers a search typed on from the last answer exactly as from the whole post', () => {
    const typed = new WorklistIndex('KR-ICN', rows());
    const sort: WorklistSort = { column: 'riskScore', desc: true };
    const steps = ['B', 'Bl', 'Blu', 'Blue', 'Blue D', 'Blue', 'REF-00', 'REF-001'];
    const answers = steps.map((text) => references(typed, sort, { ...NO_FILTER, text }));
    const afresh = steps.map((text) =>
      references(new WorklistIndex('KR-ICN', rows()), sort, { ...NO_FILTER, text }),
    );
    expect(answers).toEqual(afresh);
  });
});
