import { describe, expect, it } from 'vitest';
import { narrows, NO_FILTER } from './worklist-filter';

describe('a filter typed on from another', () => {
  it('narrows it when a search only grew, and not when anything else changed or a syllable was recomposed', () => {
    const base = { ...NO_FILTER, text: 'ref-0', lane: 'RED' as const };
    expect([
      narrows(base, { ...base, text: 'REF-01' }),
      narrows(NO_FILTER, { ...NO_FILTER, text: '한' }),
      narrows({ ...NO_FILTER, hsPrefix: '03' }, { ...NO_FILTER, hsPrefix: '0306.1' }),
      narrows({ ...NO_FILTER, importer: 'blue' }, { ...NO_FILTER, importer: 'Blue D' }),
      narrows(base, { ...base, text: 'REF-01', lane: 'GREEN' }),
      narrows(base, { ...base, text: 'ref' }),
      // The IME turns 가 into 각: not a longer prefix of what was matched.
      narrows({ ...NO_FILTER, text: '가' }, { ...NO_FILTER, text: '각' }),
    ]).toEqual([true, true, true, true, false, false, false]);
  });
});
