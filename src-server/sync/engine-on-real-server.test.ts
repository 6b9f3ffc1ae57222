import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Session } from '@shared/api/auth-v1';
import { Declaration, type DeclarationStatus } from '@shared/domain/declaration';
import { DeviceId, type DecisionId } from '@shared/domain/decision';
import { PostId } from '@shared/domain/ids';
import { MemorySyncStore } from '@shared/sync';
import { buildServer } from '../app';
import { insertSeedData } from '../store/seed';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { declarationInput, makeOfficer, makePost } from '../test-support/fixtures';
import { InjectSyncTransport } from '../test-support/inject-transport';
import { checkProperty } from '../test-support/property';
import { signIn } from '../test-support/sessions';
import { resetSyncState } from '../test-support/sync-reset';
import { checkQuiescent, quiesce } from './engine-checks';
import { applyOperation, engineOperationsArb, startEngine, type EngineEnv } from './engine-ops';

// The model test's client side against the real server: the sync engine (shared/sync) with its
// memory store talks to src-server in process, over the shared schemas, while the officer
// decides, re-decides and escalates, the device syncs, crashes (also after the server committed
// a push), loses answers and goes offline, another officer decides the same declarations from
// their device, the declarant amends and withdraws, declarations move to another post, and the
// change log is pruned past the device's cursor (410). At quiescence the model's end checks hold
// on the server's tables: the outbox drained, every saved decision has one server record with the
// device's outcome, at most one final decision per declaration, the cache is the server's, and
// progress is what the claims add up to.
// Replay a failure with ENGINE_ON_SERVER_SEED=<seed> ENGINE_ON_SERVER_PATH=<path>.
const RUNS = 50;
const MAX_OPERATIONS = 30;

const POST = PostId.parse('PUS');
const OTHER_POST = PostId.parse('DVR');
const THIS_DEVICE = DeviceId.parse('device-this-01');
const OTHER_DEVICE = DeviceId.parse('device-other-02');
const STATUSES: DeclarationStatus[] = ['registered', 'selected', 'assessed', 'examined', 'held', 'selected'];
const DECLARATIONS = STATUSES.map((status, i) =>
  Declaration.parse({ ...declarationInput(POST, i + 1), status }),
);

describe.each(testDatabases())('the sync engine against the real server on $kind', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let kim: Session;
  let lee: Session;
  beforeAll(async () => {
    t = await engine.open();
    await insertSeedData(t.db, {
      posts: [makePost(POST), makePost(OTHER_POST)],
      officers: [makeOfficer(POST, 'pus.kim'), makeOfficer(POST, 'pus.lee')],
      declarations: [],
    });
    app = await buildServer({ db: t.db });
    kim = await signIn(app, 'pus.kim', THIS_DEVICE);
    lee = await signIn(app, 'pus.lee', OTHER_DEVICE);
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  async function freshDevice(seed: number): Promise<EngineEnv> {
    await resetSyncState(t.db, DECLARATIONS);
    const base = {
      db: t.db,
      app,
      post: POST,
      otherPost: OTHER_POST,
      store: new MemorySyncStore(),
      transport: new InjectSyncTransport(app, kim, THIS_DEVICE),
      clock: {
        ms: Date.UTC(2026, 0, 5, 9),
        now() {
          return this.ms;
        },
      },
      deviceId: THIS_DEVICE,
      officerId: kim.officer.id,
      other: { session: lee, deviceId: OTHER_DEVICE, seq: 0 },
      saved: new Set<DecisionId>(),
      amendments: 0,
    };
    return { ...base, engine: startEngine(base, seed) };
  }

  it('keeps every decision exactly once and converges on what the server holds', async () => {
    const property = fc.asyncProperty(
      fc.integer({ min: 0, max: 1_000_000 }),
      engineOperationsArb(MAX_OPERATIONS),
      async (seed, operations) => {
        const env = await freshDevice(seed);
        await env.engine.recover();
        // The device has synced once before the scenario starts, as it does when first set up.
        await quiesce(env);
        for (const operation of operations) await applyOperation(env, operation);
        await quiesce(env);
        await checkQuiescent(env);
      },
    );
    await checkProperty(property, { prefix: 'ENGINE_ON_SERVER', runs: RUNS });
  }, 300_000);
});
