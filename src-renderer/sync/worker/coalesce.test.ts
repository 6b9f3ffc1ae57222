import { afterEach, describe, expect, it, vi } from 'vitest';
import { toWorklistRow } from '../../db';
import { makeDeclaration } from '../../test-utils/fixtures';
import { coalesce, mergeWorklistChanges } from './coalesce';

afterEach(() => {
  vi.useRealTimers();
});

describe('coalesce', () => {
  it('delivers the first report at once and the ones within the interval together at its end', () => {
    vi.useFakeTimers();
    let now = 0;
    const batches: number[][] = [];
    const pages = coalesce<number>(
      (batch) => batches.push(batch),
      1000,
      () => now,
    );
    pages.report(1);
    now = 300;
    pages.report(2);
    now = 600;
    pages.report(3);
    const beforeInterval = batches.length;
    now = 1000;
    vi.advanceTimersByTime(1000);
    pages.report(4);
    pages.flush();
    expect({ beforeInterval, batches }).toEqual({ beforeInterval: 1, batches: [[1], [2, 3], [4]] });
  });
});

describe('mergeWorklistChanges', () => {
  const row = (id: string, riskScore: number) => toWorklistRow(makeDeclaration({ id, riskScore }));

  it('keeps each id’s last write, in commit order', () => {
    const merged = mergeWorklistChanges([
      { rows: [row('D-1', 10), row('D-2', 20)], deleted: [], reset: false },
      { rows: [row('D-2', 30)], deleted: ['D-1'], reset: false },
      { rows: [row('D-1', 40)], deleted: ['D-3'], reset: false },
    ]);
    expect({
      rows: merged.rows.map(({ id, riskScore }) => [id, riskScore]),
      deleted: merged.deleted,
      reset: merged.reset,
    }).toEqual({
      rows: [
        ['D-2', 30],
        ['D-1', 40],
      ],
      deleted: ['D-3'],
      reset: false,
    });
  });

  it('becomes a reset when any change was one: the reader reads everything again', () => {
    expect(
      mergeWorklistChanges([
        { rows: [row('D-1', 10)], deleted: [], reset: false },
        { rows: [], deleted: [], reset: true },
      ]),
    ).toEqual({ rows: [], deleted: [], reset: true });
  });
});
