// The demo assesses: every generated declaration is dated where the reference data covers it, and
// the Korean goods are drawn where the public data rates them completely (issue 9, part 10).
import { describe, expect, it } from 'vitest';
import { assessDeclaration } from '@shared/tariff/engine';
import { DEFAULT_REFERENCE_DIR, generateDemoData } from './generate';
import { demoContexts } from './payment';
import { POST_IDS } from './tables/posts';

// The contexts the reference packs and `npm run bench` build from the same files.
const contexts = demoContexts(DEFAULT_REFERENCE_DIR);
const declarations = [...generateDemoData({ seed: 42, count: 400 }).declarations];
const assessed = declarations.map((declaration) => ({
  declaration,
  assessment: assessDeclaration(declaration, contexts[declaration.jurisdiction]),
}));
const korean = assessed.filter(({ declaration }) => declaration.jurisdiction === 'kr');

describe('the demo declarations, assessed with the reference data', () => {
  it('assess completely, to the won, for most Korean declarations', () => {
    const complete = korean.filter(({ assessment }) => assessment.complete).length;
    console.info(`KR demo declarations assessed completely: ${complete} of ${korean.length}`);
    expect(complete / korean.length).toBeGreaterThanOrEqual(0.8);
  });

  it('name the missing rate on every item that cannot be assessed, and never lack an exchange rate', () => {
    const problems = korean.flatMap(({ assessment }) => assessment.items.flatMap((item) => item.problems));
    const codes = [...new Set(problems.map((problem) => problem.code))];
    expect({
      codes,
      unnamed: problems.filter((problem) => !/ rate (\(A\) )?for \d{10}/.test(problem.message)),
    }).toEqual({ codes: ['RATE_NOT_IN_DATA'], unnamed: [] });
  });

  it('assess most of the first twelve Busan declarations, the ones an officer opens first', () => {
    const busan = korean.filter(({ declaration }) => declaration.postId === POST_IDS.busan).slice(0, 12);
    // Seed 42: 9 of the 12; the other three name the Korean basic rate they lack.
    expect(busan.filter(({ assessment }) => assessment.complete).length).toBeGreaterThanOrEqual(8);
  });
});

describe('the demo payment states', () => {
  it('match the assessed payable, defer against a guarantee or pay for released goods, and leave some due', () => {
    const states = assessed.flatMap(({ declaration, assessment }) => {
      const { payment } = declaration;
      if (payment === undefined) return [];
      expect(payment.amount, declaration.id).toBe(assessment.totals.payable);
      return [`${declaration.status === 'released' ? 'released' : 'at the post'} ${payment.status}`];
    });
    expect([...new Set(states)].sort()).toEqual([
      'at the post deferred',
      'at the post due',
      'at the post paid',
      'released deferred',
      'released paid',
    ]);
  });
});
