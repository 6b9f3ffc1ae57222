// `npx tsx src-server/verify/measure.ts`: how long the centre takes to verify a 999-item
// reassessment inside a push (issue 9), on PGlite, with the real UK tariff and HMRC rates packs.
// Prints one JSON document: the first push (the packs parsed, the tariff indexed) and the next
// ones (cached), beside the engine alone on the same declaration as a peer.
import { performance } from 'node:perf_hooks';
import { AssessmentClaim } from '@shared/domain/assessment-claim';
import { DecisionCommand } from '@shared/domain/decision';
import { Declaration } from '@shared/domain/declaration';
import { PostId } from '@shared/domain/ids';
import { assessCorrected } from '@shared/tariff/claim';
import { ukDeclarationFromLines } from '../../test/bench/declarations';
import { openDatabase } from '../db/open';
import { PackBuilder } from '../reference/build-packs';
import { DEFAULT_DATA_DIR, SourceReader } from '../reference/sources';
import { processDecision } from '../store/decisions';
import { publishReferenceData } from '../store/reference-data';
import { insertSeedData } from '../store/seed';
import { makeOfficer, makePost } from '../test-support/fixtures';

const builder = new PackBuilder(new SourceReader(DEFAULT_DATA_DIR), '2026-09-01T00:00:00.000Z');
const packs = { tariff: builder.tariff('uk'), rates: builder.rates('uk'), taxes: null };
const declaration = Declaration.parse({
  ...ukDeclarationFromLines(packs.tariff.schedule.lines, 999),
  postId: 'BENCH',
  status: 'selected',
  version: 1,
});
const db = await openDatabase({ memory: true });
const officer = makeOfficer('BENCH', 'bench.kim');
await insertSeedData(db, { posts: [makePost('BENCH')], officers: [officer], declarations: [] });
await insertSeedData(db, { posts: [], officers: [], declarations: [declaration] });
await publishReferenceData(db, 'tariff', 'uk', packs.tariff);
await publishReferenceData(db, 'rates', 'uk', packs.rates);

const engineStart = performance.now();
const assessed = assessCorrected(declaration, [], packs);
const engineMs = performance.now() - engineStart;
if (!assessed.ok) throw new Error(assessed.error.message);
const claim = AssessmentClaim.parse({
  versions: { tariff: 1, rates: 1, taxes: null },
  tariffLabel: packs.tariff.label,
  ratesLabel: packs.rates.label,
  corrections: [],
  figures: assessed.value.figures,
});
const principal = {
  officerId: officer.id,
  postId: PostId.parse('BENCH'),
  role: 'officer' as const,
  deviceId: 'bench-device',
};
const timings: number[] = [];
const outcomes: string[] = [];
for (let seq = 1; seq <= 6; seq += 1) {
  const command = DecisionCommand.parse({
    decisionId: `01900000-0000-7000-8000-${seq.toString(16).padStart(12, '0')}`,
    deviceId: 'bench-device',
    seq,
    declarationId: declaration.id,
    baseVersion: seq,
    kind: 'reassess',
    officerId: officer.id,
    reasonCode: null,
    note: '',
    decidedAt: '2026-09-01T00:00:00Z',
    supersedes: null,
    assessment: claim,
  });
  const start = performance.now();
  const processed = await processDecision(db, principal as never, command);
  timings.push(performance.now() - start);
  outcomes.push(processed.outcome.outcome);
}
await db.close();
const round = (ms: number) => Math.round(ms * 10) / 10;
console.log(
  JSON.stringify({
    what: 'a 999-item UK reassessment verified in its push transaction (PGlite)',
    items: declaration.items.length,
    firstPushMs: round(timings[0] ?? 0),
    nextPushesMs: timings.slice(1).map(round),
    peerEngineAloneMs: round(engineMs),
    outcomes,
  }),
);
