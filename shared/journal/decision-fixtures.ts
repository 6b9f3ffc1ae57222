import { DecisionCommand } from '../domain/decision';

/**
 * A valid decision command for tests: `n` makes the decisionId and seq unique and ordered.
 * Parsed through the schema, so a fixture can never drift from the contract.
 */
export function sampleDecision(n: number, overrides: Partial<Record<keyof DecisionCommand, unknown>> = {}) {
  return DecisionCommand.parse({
    decisionId: `0190f3a0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`,
    deviceId: 'device-kr-incheon-01',
    seq: n,
    declarationId: `DECL-${n}`,
    baseVersion: 1,
    kind: 'release',
    officerId: 'officer-1',
    reasonCode: null,
    note: `decision ${n}`,
    decidedAt: '2025-03-01T09:30:00+09:00',
    supersedes: null,
    ...overrides,
  });
}
