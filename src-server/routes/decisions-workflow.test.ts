import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@shared/api/auth-v1';
import { SnapshotPage } from '@shared/api/snapshot';
import type { DecisionKind } from '@shared/domain/decision';
import type { DecisionDetails } from '@shared/domain/decision-details';
import { Officer } from '@shared/domain/post';
import { buildServer } from '../app';
import { insertSeedData } from '../store/seed';
import { testDatabases, type TestDatabase } from '../test-support/databases';
import { decision } from '../test-support/decisions';
import { makeDeclaration, makeOfficer, makeSeed } from '../test-support/fixtures';
import { push, summary } from '../test-support/push';
import { bearer, signIn } from '../test-support/sessions';

// Issue 11, items 2, 5 and 6: assignment, correction requests, re-routes and document checks
// travel as decisions, judged by the one role matrix, and reach every device as declaration
// changes with their details in the history.

describe.each(testDatabases())('the workflow decisions on $kind', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let kim: Session;
  let lee: Session;
  let park: Session;
  let admin: Session;
  const seqs = new Map<Session, number>();
  beforeAll(async () => {
    t = await engine.open();
    const supervisor = Officer.parse({ ...makeOfficer('PUS', 'pus.park'), role: 'supervisor' });
    await insertSeedData(t.db, {
      ...makeSeed('PUS', 12),
      officers: [
        makeOfficer('PUS', 'pus.kim'),
        makeOfficer('PUS', 'pus.lee'),
        supervisor,
        Officer.parse({ ...makeOfficer('PUS', 'pus.admin'), role: 'administrator' }),
      ],
    });
    await insertSeedData(t.db, makeSeed('ICN', 1));
    app = await buildServer({ db: t.db });
    kim = await signIn(app, 'pus.kim', 'device-kim');
    lee = await signIn(app, 'pus.lee', 'device-lee');
    park = await signIn(app, 'pus.park', 'device-park');
    admin = await signIn(app, 'pus.admin', 'device-admin');
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  const id = (n: number) => makeDeclaration('PUS', n).id;
  const by = (
    session: Session,
    fields: { n: number; kind: DecisionKind; baseVersion?: number; reasonCode?: string | null } & {
      details?: DecisionDetails;
    },
  ) => {
    const seq = (seqs.get(session) ?? 0) + 1;
    seqs.set(session, seq);
    const { n, ...rest } = fields;
    return decision(session, `device-${session.officer.username.slice(4)}`, {
      seq,
      declarationId: id(n),
      ...rest,
    });
  };
  const send = async (session: Session, commands: ReturnType<typeof by>[]) =>
    (await push(app, session, `device-${session.officer.username.slice(4)}`, commands)).results.map(summary);

  /** What every device of the post downloads: the declaration and its decisions' history. */
  async function served(n: number) {
    const response = await app.inject({
      method: 'GET',
      url: '/sync/v1/snapshot?postId=PUS&limit=100',
      headers: bearer(kim),
    });
    const page = SnapshotPage.parse(response.json());
    const declaration = page.declarations.find((d) => d.id === id(n));
    const history = (page.history ?? []).filter((entry) => entry.declarationId === id(n));
    return {
      version: declaration?.version,
      status: declaration?.status,
      lane: declaration?.lane,
      assignedTo: declaration?.assignedTo ?? null,
      history: history.map(({ kind, officerId, reasonCode, ...details }) => ({
        kind,
        officerId,
        reasonCode,
        assignee: details.assignee,
        correctionFields: details.correctionFields,
        lane: details.lane,
        documentChecks: details.documentChecks,
      })),
    };
  }

  it('lets a supervisor assign a declaration to an officer, who then hands it back', async () => {
    expect(
      await send(park, [by(park, { n: 1, kind: 'assign', details: { assignee: kim.officer.id } })]),
    ).toEqual(['APPLIED']);
    expect(
      await send(kim, [by(kim, { n: 1, kind: 'assign', baseVersion: 2, details: { assignee: null } })]),
    ).toEqual(['APPLIED']);
    expect(await served(1)).toEqual({
      version: 3,
      status: 'selected',
      lane: 'YELLOW',
      assignedTo: null,
      history: [
        { kind: 'assign', officerId: park.officer.id, reasonCode: null, assignee: kim.officer.id },
        { kind: 'assign', officerId: kim.officer.id, reasonCode: null, assignee: null },
      ].map((entry) => ({
        correctionFields: undefined,
        lane: undefined,
        documentChecks: undefined,
        ...entry,
      })),
    });
  });

  it('lets an officer take a declaration only for themselves and only while nobody holds it: no effect otherwise', async () => {
    const answers = [
      ...(await send(kim, [by(kim, { n: 2, kind: 'assign', details: { assignee: lee.officer.id } })])),
      ...(await send(kim, [by(kim, { n: 2, kind: 'assign', details: { assignee: kim.officer.id } })])),
      ...(await send(lee, [
        by(lee, { n: 2, kind: 'assign', baseVersion: 2, details: { assignee: lee.officer.id } }),
      ])),
      ...(await send(kim, [by(kim, { n: 2, kind: 'reroute', baseVersion: 2, details: { lane: 'RED' } })])),
    ];
    expect({ answers, served: await served(2) }).toMatchObject({
      answers: ['REJECTED ROLE_FORBIDDEN', 'APPLIED', 'REJECTED ROLE_FORBIDDEN', 'REJECTED ROLE_FORBIDDEN'],
      served: { version: 2, assignedTo: kim.officer.id },
    });
  });

  it('lets a supervisor re-route with a reason only, to another lane, keeping the status', async () => {
    const answers = await send(park, [
      by(park, { n: 3, kind: 'reroute', details: { lane: 'RED' }, reasonCode: null }),
      by(park, { n: 3, kind: 'reroute', details: { lane: 'BLUE' }, reasonCode: 'RISK_REASSESSED' }),
      by(park, { n: 3, kind: 'reroute', details: { lane: 'RED' }, reasonCode: 'RISK_REASSESSED' }),
    ]);
    expect({ answers, served: await served(3) }).toMatchObject({
      answers: ['REJECTED REASON_REQUIRED', 'REJECTED DETAILS_INVALID', 'APPLIED'],
      served: { version: 2, status: 'selected', lane: 'RED', history: [{ kind: 'reroute', lane: 'RED' }] },
    });
  });

  it('holds a declaration on a correction request naming the fields, refusing one that names none', async () => {
    const answers = await send(kim, [
      by(kim, { n: 4, kind: 'request-correction', reasonCode: 'VALUE_QUERY' }),
      by(kim, {
        n: 4,
        kind: 'request-correction',
        reasonCode: 'VALUE_QUERY',
        details: { correctionFields: ['value', 'origin'] },
      }),
    ]);
    expect({ answers, served: await served(4) }).toMatchObject({
      answers: ['REJECTED DETAILS_INVALID', 'APPLIED'],
      served: {
        status: 'held',
        history: [{ kind: 'request-correction', correctionFields: ['value', 'origin'] }],
      },
    });
  });

  it('keeps the document check states with the decision, for the declaration’s own documents only', async () => {
    const answers = await send(kim, [
      by(kim, {
        n: 5,
        kind: 'check-documents',
        details: { documentChecks: [{ code: 'N935', reference: 'INV-2', state: 'seen' }] },
      }),
      by(kim, {
        n: 5,
        kind: 'check-documents',
        reasonCode: 'DOCS_DISCREPANT',
        details: { documentChecks: [{ code: 'N935', reference: 'INV-1', state: 'discrepant' }] },
      }),
    ]);
    expect({ answers, served: await served(5) }).toMatchObject({
      answers: ['REJECTED DETAILS_INVALID', 'APPLIED'],
      served: {
        version: 2,
        status: 'selected',
        history: [
          {
            kind: 'check-documents',
            reasonCode: 'DOCS_DISCREPANT',
            documentChecks: [{ code: 'N935', reference: 'INV-1', state: 'discrepant' }],
          },
        ],
      },
    });
  });

  it("refuses an assignment to someone who is not an officer of the declaration's post", async () => {
    const icn = makeOfficer('ICN', 'icn.officer');
    expect(await send(park, [by(park, { n: 6, kind: 'assign', details: { assignee: icn.id } })])).toEqual([
      'REJECTED DETAILS_INVALID',
    ]);
  });

  it('refuses every decision of an administrator, who manages accounts and decides nothing', async () => {
    const answers = await send(admin, [
      by(admin, { n: 7, kind: 'release' }),
      by(admin, { n: 7, kind: 'assign', details: { assignee: admin.officer.id } }),
      by(admin, { n: 7, kind: 'reroute', details: { lane: 'RED' } }),
    ]);
    expect({ answers, served: await served(7) }).toMatchObject({
      answers: ['REJECTED ROLE_FORBIDDEN', 'REJECTED ROLE_FORBIDDEN', 'REJECTED ROLE_FORBIDDEN'],
      served: { version: 1, status: 'selected', history: [] },
    });
  });
});
