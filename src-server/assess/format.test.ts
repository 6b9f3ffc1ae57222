import { describe, expect, it } from 'vitest';
import type { Assessment } from '@shared/tariff/types';
import { assessmentJson, assessmentNotice } from './format';

const assessment: Assessment = {
  profile: 'uk',
  currency: 'GBP' as Assessment['currency'],
  tariffVersion: 'UKGT test',
  exchangeRate: { table: 'T', label: 'HMRC monthly exchange rates', official: true, used: [] },
  items: [
    {
      sequence: 1,
      hsCode: '8510900000',
      tariffLine: '85109000',
      customsValue: '1000',
      customsValueRaw: '1000',
      taxes: [
        {
          kind: 'customs-duty',
          code: 'A00',
          base: '1000',
          rate: '2%',
          rawAmount: '20',
          amount: '20',
          trace: ['t'],
          provisional: false,
        },
      ],
      problems: [{ code: 'QUOTA_BALANCE_UNKNOWN', message: 'quota 091525' }],
      provisional: true,
      trace: ['line'],
    },
  ],
  totals: { byKind: [{ kind: 'customs-duty', code: 'A00', amount: '20' }], payable: '20', waived: [] },
  declared: [{ code: 'A00', declared: '25', computed: '20', withinTolerance: true }],
  provisional: true,
  complete: false,
};

describe('assessmentJson', () => {
  it('prints the named fields with amounts to the profile step (pence for the UK)', () => {
    const json = assessmentJson(assessment);
    expect({ currency: json.currency, taxes: json.items[0]?.taxes, payable: json.totals.payable }).toEqual({
      currency: 'GBP',
      taxes: [{ kind: 'customs-duty', code: 'A00', base: '1000.00', rate: '2%', amount: '20.00' }],
      payable: '20.00',
    });
  });
});

describe('assessmentNotice', () => {
  it('carries the banners, the trace, the problem in plain words and the totals', () => {
    const notice = assessmentNotice(assessment, { declaration: 'x.xml', reference: 'LRN1' });
    for (const text of [
      '*** PROVISIONAL',
      '*** INCOMPLETE',
      'Item 1: 8510900000 → tariff line 85109000 [provisional]',
      'customs-duty (A00): base 1000.00 GBP × 2% = 20 → 20.00 GBP',
      'PROBLEM: the quota balance is not known offline — quota 091525',
      'Payable: 20.00 GBP',
      'A00: declared 25, computed 20',
    ])
      expect(notice).toContain(text);
  });
});
