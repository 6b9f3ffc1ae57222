import { describe, expect, it } from 'vitest';
import { DecisionKind } from './decision';
import { isSafeOverIntervening } from './decision-rules';

describe("decisions over another officer's later decision", () => {
  it('are safe only for the kinds that keep the goods where they are', () => {
    expect(DecisionKind.options.filter(isSafeOverIntervening)).toEqual(['hold', 'refer']);
  });
});
