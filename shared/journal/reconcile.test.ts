import { describe, expect, it } from 'vitest';
import { sampleDecision } from './decision-fixtures';
import { reconcileJournalWithOutbox } from './reconcile';

const [one, two, three] = [sampleDecision(1), sampleDecision(2), sampleDecision(3)];

describe('reconcileJournalWithOutbox', () => {
  it('has nothing to do when journal and outbox hold the same decisions', () => {
    expect(
      reconcileJournalWithOutbox([one, two], {
        state: 'present',
        decisionIds: [two.decisionId, one.decisionId],
      }),
    ).toEqual({ rebuildOutbox: false, toOutbox: [], toJournal: [] });
  });

  it('re-inserts into the outbox what only the journal holds, in journal order', () => {
    expect(
      reconcileJournalWithOutbox([one, two, three], { state: 'present', decisionIds: [two.decisionId] }),
    ).toEqual({ rebuildOutbox: false, toOutbox: [one, three], toJournal: [] });
  });

  it('appends to the journal what only the outbox holds, in outbox order', () => {
    expect(
      reconcileJournalWithOutbox([one], {
        state: 'present',
        decisionIds: [three.decisionId, one.decisionId, two.decisionId],
      }),
    ).toEqual({ rebuildOutbox: false, toOutbox: [], toJournal: [three.decisionId, two.decisionId] });
  });

  it('repairs both sides at once', () => {
    expect(
      reconcileJournalWithOutbox([one, two], {
        state: 'present',
        decisionIds: [two.decisionId, three.decisionId],
      }),
    ).toEqual({ rebuildOutbox: false, toOutbox: [one], toJournal: [three.decisionId] });
  });

  it('rebuilds a lost outbox from the whole journal', () => {
    expect(reconcileJournalWithOutbox([one, two, three], { state: 'lost' })).toEqual({
      rebuildOutbox: true,
      toOutbox: [one, two, three],
      toJournal: [],
    });
  });

  it('rebuilds an empty outbox when both were lost', () => {
    expect(reconcileJournalWithOutbox([], { state: 'lost' })).toEqual({
      rebuildOutbox: true,
      toOutbox: [],
      toJournal: [],
    });
  });

  it('counts a decision once even if either side lists it twice', () => {
    expect(
      reconcileJournalWithOutbox([one, one], {
        state: 'present',
        decisionIds: [two.decisionId, two.decisionId],
      }),
    ).toEqual({ rebuildOutbox: false, toOutbox: [one], toJournal: [two.decisionId] });
  });
});
