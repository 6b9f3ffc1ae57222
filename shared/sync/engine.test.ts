import { describe, expect, it } from 'vitest';
import { MemorySyncStore } from './memory-store';
import { AssessmentClaim } from '../domain/assessment-claim';
import { MAX_SEQ } from '../domain/decision';
import { DeclarationId } from '../domain/ids';
import { engineFor, releaseOf, syncedClient as sharedSyncedClient } from './testing/client';
import { declaration, SHIFT_OFFICER } from './testing/fixtures';
import { describeSyncStoreContract } from './testing/store-contract';

const syncedClient = () => sharedSyncedClient(new MemorySyncStore());

/** A device that has used every seq the server's integer columns hold: the next is past MAX_SEQ. */
class SeqsUsedUp extends MemorySyncStore {
  override async readOutbox() {
    const snapshot = await super.readOutbox();
    return { ...snapshot, meta: { ...snapshot.meta, lastSeq: MAX_SEQ } };
  }
}
const release = releaseOf;

describeSyncStoreContract('the memory sync store', () => new MemorySyncStore());

describe('sync engine', () => {
  it('puts the assessment the officer decided on into the command, and none into a decision without one', async () => {
    const { engine } = await syncedClient();
    const claim = AssessmentClaim.parse({
      versions: { tariff: 1, rates: 1, taxes: null },
      tariffLabel: 'tariff',
      ratesLabel: 'rates',
      corrections: [{ sequence: 1, hsCode: '0803902000' }],
      figures: { currency: 'KRW', payable: '100', byKind: [], items: [], complete: true },
    });
    const saved = await engine.decide({ ...release('D1'), kind: 'reassess', assessment: claim });
    const plain = await engine.decide(release('D2'));
    expect({
      carried: saved.ok && saved.value.command.assessment,
      none: plain.ok && 'assessment' in plain.value.command,
    }).toEqual({ carried: claim, none: false });
  });

  it('numbers decisions 1, 2, 3 per device against the cached version, and never reuses a seq', async () => {
    const { engine, store } = await syncedClient();
    const first = await engine.decide(release('D1'));
    store.failNextWrite({ kind: 'quota', message: 'QuotaExceededError' });
    const failed = await engine.decide(release('D2'));
    const second = await engine.decide(release('D2'));
    expect({
      seqs: [first, second].map((r) => r.ok && [r.value.command.seq, r.value.command.baseVersion]),
      failed: !failed.ok && failed.error.code,
      lastSeq: (await store.readOutbox()).meta.lastSeq,
    }).toEqual({
      seqs: [
        [1, 1],
        [2, 1],
      ],
      failed: 'QUOTA_EXCEEDED',
      lastSeq: 2,
    });
  });

  it('does not believe a push answer replayed from before a server restore (found by the model test)', async () => {
    const { engine, store, server, transport } = await syncedClient();
    const saved = await engine.decide(release('D1'));
    const backup = server.backup();
    await engine.syncOnce();
    await engine.decide(release('D2'));
    server.poison(DeclarationId.parse('D2'));
    // The restore lands before the next push: refused, the check re-queues D1's release, and the
    // batch that carries it again is claimed up to D2's, where the server fails.
    transport.pushFaults.push({ kind: 'restore-first', restore: () => server.restore(backup) });
    await engine.syncOnce();
    // The first answer about D1's release comes back for its next push, with the same numbers the
    // server now reports; its outcome is not the one the server holds now.
    transport.pushFaults.push({ kind: 'replay-last-response' });
    await engineFor(store, transport, 4).syncOnce();
    await engineFor(store, transport, 5).syncOnce();
    const id = saved.ok ? saved.value.command.decisionId : undefined;
    const held = (await store.readOutbox()).entries.find((e) => e.command.decisionId === id);
    expect(held?.outcome).toEqual(id === undefined ? 'not saved' : server.view.decisions.get(id)?.outcome);
  });

  it('re-decides a rejection the server never recorded without naming it in supersedes, and only once', async () => {
    const { engine, store } = await syncedClient();
    const saved = await engine.decide(release('D1'));
    if (!saved.ok) throw new Error('not saved');
    const old = saved.value;
    const outcome = {
      outcome: 'REJECTED',
      decisionId: old.command.decisionId,
      code: 'SEQ_REUSED',
      message: 'x',
    } as const;
    await store.applyOutboxPatch({ put: [{ ...old, state: 'rejected', outcome, needsAttention: true }] });
    const input = { officerId: old.command.officerId, kind: 'hold' as const, reasonCode: null, note: '' };
    const first = await engine.redecide(old.command.decisionId, input);
    const second = await engine.redecide(old.command.decisionId, input);
    expect({
      supersedes: first.ok && first.value.command.supersedes,
      replaces: first.ok && first.value.replaces,
      second: !second.ok && second.error.code,
    }).toEqual({ supersedes: null, replaces: old.command.decisionId, second: 'NOT_SUPERSEDABLE' });
  });

  it('refuses a decision the server could not store, saving nothing and using no seq', async () => {
    const { engine, store, transport } = await syncedClient();
    const nul = await engine.decide({ ...release('D1'), note: 'seal\u0000broken' });
    const surrogate = await engine.decide({ ...release('D1'), note: 'half an emoji \uD83D' });
    const usedUp = new SeqsUsedUp();
    await usedUp.applySnapshotPage([declaration('D1')], 'c-1');
    const pastLastSeq = await engineFor(usedUp, transport, 9).decide(release('D1'));
    const afterwards = await engine.decide(release('D1'));
    const { entries, overlays } = await store.readOutbox();
    expect({
      refused: [nul, surrogate, pastLastSeq].map((r) => !r.ok && r.error),
      saved: entries.map((e) => [e.command.seq, e.command.note]),
      overlays: overlays.length,
      afterwards: afterwards.ok && afterwards.value.command.seq,
    }).toEqual({
      refused: [
        { code: 'INVALID', message: 'note: text must not contain NUL or unpaired surrogates' },
        { code: 'INVALID', message: 'note: text must not contain NUL or unpaired surrogates' },
        { code: 'INVALID', message: expect.stringMatching(/^seq: /) },
      ],
      saved: [[1, '']],
      overlays: 1,
      afterwards: 1,
    });
  });

  it("keeps a decision pending when the session became another officer's under the push", async () => {
    const { engine, store, transport } = await syncedClient();
    await engine.decide(release('D1'));
    transport.officerId = SHIFT_OFFICER;
    const cycle = await engine.syncOnce();
    expect({
      failure: cycle.status === 'backing-off' && cycle.failure?.source,
      states: (await store.readOutbox()).entries.map((e) => e.state),
      queue: (await engine.needsAttention()).length,
    }).toEqual({ failure: 'protocol', states: ['pending'], queue: 0 });
  });

  it('never applies a pulled page that answers another cursor (a replayed or cached response)', async () => {
    const { engine, store, transport, server } = await syncedClient();
    const before = await store.readCursor();
    // An old response: it answered an earlier request and points the cursor elsewhere.
    transport.pull = async () => ({
      ok: true,
      value: { cursor: 'some-earlier-cursor', changes: [], nextCursor: 'an-older-cursor', hasMore: false },
    });
    const stale = await engine.syncOnce();
    const afterStale = await store.readCursor();
    transport.pull = async (cursor) => server.pull(cursor);
    await engine.syncOnce();
    expect({
      stale: stale.status === 'backing-off' && stale.failure,
      afterStale,
      afterRecovery: await store.readCursor(),
    }).toEqual({
      stale: { source: 'transport', error: { kind: 'http', status: 200, code: 'STALE_PAGE' } },
      afterStale: before,
      afterRecovery: before,
    });
  });
});
