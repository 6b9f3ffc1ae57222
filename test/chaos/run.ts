// One seeded chaos run's shared state: the server and proxy, the two officers' browsers, the
// declarations still free to decide, and what the UI reported saved (for the invariants).
import { expect } from '@playwright/test';
import { z } from 'zod';
import { Session, SnapshotPage, authRoutes } from '../../shared/api';
import { Officer as OfficerRecord, Post as PostRecord, type Declaration } from '../../shared/domain';
import { PASSWORD, decide, ensureSignedIn, launchOfficer, openApp, type Officer } from './browser';
import type { Expectations } from './invariants';
import type { Prng } from './prng';
import type { ChaosProxy } from './proxy';
import type { ChaosServer } from './server';

export const DAY_MS = 24 * 60 * 60_000;
export const YEAR_MS = 365 * DAY_MS;

export type Run = {
  seed: number;
  prng: Prng;
  log: (line: string) => void;
  server: ChaosServer;
  proxy: ChaosProxy;
  post: Post;
  /** The post's declarations as the snapshot had them when the run started. */
  declarations: readonly Declaration[];
  officers: Officer[];
  expectations: Expectations;
  /** Declarations nobody has decided yet in this run, in a seeded order. */
  fresh: Declaration[];
  /** What an act saw go wrong on the way (checked there, reported with the final invariants). */
  problems: string[];
};

const ADMIN_READS = new Set(['/decisions', '/posts']);

/** Calls the chaos server's admin port (test/chaos/chaos-server.ts) and fails loudly. */
export async function admin<T = unknown>(server: ChaosServer, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.admin}${path}`, {
    // A stuck central API must fail the seed with its name, not hang it until the test timeout.
    signal: AbortSignal.timeout(60_000),
    method: ADMIN_READS.has(path) ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  expect(response.status, `admin ${path}: ${text}`).toBe(200);
  return JSON.parse(text) as T;
}

const Post = PostRecord.extend({ officers: z.array(OfficerRecord) });
export type Post = z.infer<typeof Post>;

/** The Korean post of the demo data with its officers, from the server's own tables. */
export async function readPost(server: ChaosServer): Promise<Post> {
  const { posts } = z.object({ posts: z.array(Post) }).parse(await admin(server, '/posts'));
  const post = posts.find((candidate) => candidate.jurisdiction === 'kr') ?? posts[0];
  if (!post) throw new Error('the seeded server has no post');
  return post;
}

/** The post's declarations as the API serves them to a signed-in officer of the post. */
export async function snapshot(server: ChaosServer, post: Post): Promise<Declaration[]> {
  const officer = post.officers[0];
  if (!officer) throw new Error(`post ${post.id} has no officer`);
  // A fresh sign-in each time: the scenario moves the server's clock past token lifetimes.
  const login = await fetch(`${server.api}${authRoutes.login}`, {
    signal: AbortSignal.timeout(60_000),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: officer.username, password: PASSWORD, deviceId: OBSERVER_DEVICE }),
  });
  expect(login.status, await login.clone().text()).toBe(200);
  const { accessToken } = Session.parse(await login.json());
  const all: Declaration[] = [];
  let pageToken: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const query = new URLSearchParams({ postId: post.id, limit: '500' });
    if (pageToken) query.set('pageToken', pageToken);
    const response = await fetch(`${server.api}/sync/v1/snapshot?${query}`, {
      signal: AbortSignal.timeout(60_000),
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const page = SnapshotPage.parse(await response.json());
    all.push(...page.declarations);
    pageToken = page.nextPageToken;
    if (!pageToken) return all;
  }
  throw new Error('snapshot did not end within 100 pages');
}

/** The checks' own device id: its sessions never mix with an officer's browser. */
const OBSERVER_DEVICE = 'chaos-observer-0000000000';

/** Takes the next declaration nobody has decided in this run. */
export function takeFresh(run: Run): Declaration {
  const next = run.fresh.shift();
  if (next === undefined) throw new Error('the run has used every selected declaration');
  return next;
}

/** Decides in the officer's browser and records what the UI reported saved. */
export async function decideAndRecord(
  run: Run,
  officer: Officer,
  declaration: Declaration,
  kind: string,
): Promise<void> {
  try {
    await decide(officer.page, declaration.id, declaration.reference, kind);
  } catch (error) {
    // An ended session (a refresh token lost in the restore, or rotated by a browser that was
    // killed before it kept the new one) asks the officer to sign in again, and so does the run.
    // The decision was not saved, so it is made once more; the invariants still see everything.
    if (!(await officer.page.getByRole('link', { name: 'Sign in to record decisions.' }).isVisible()))
      throw error;
    // Signing in needs the network: an officer working offline finds it, signs in, and goes on
    // offline (a restored server ends sessions whose refresh token it no longer has).
    const offline = !(await officer.page.evaluate(() => navigator.onLine));
    run.log(`${officer.username}'s session had ended; signing in again${offline ? ' (online for it)' : ''}`);
    if (offline) await officer.context.setOffline(false);
    await ensureSignedIn(officer.page, officer.username);
    if (offline) await officer.context.setOffline(true);
    await decide(officer.page, declaration.id, declaration.reference, kind);
  }
  const list = run.expectations.saved.get(officer.id) ?? [];
  list.push({ declarationId: declaration.id, kind });
  run.expectations.saved.set(officer.id, list);
}

/** The browser is gone (closed, crashed, killed); the officer starts it again on the same profile. */
export async function reopen(run: Run, officer: Officer): Promise<Officer> {
  await officer.context.close().catch(() => undefined);
  run.log(`${officer.username} starts the browser again`);
  const reopened = await launchOfficer(officer.userDataDir, officer.username, officer.id, officer.skewMs);
  run.officers[run.officers.indexOf(officer)] = reopened;
  await openApp(reopened.page, run.proxy.url, run.declarations.length, reopened.username);
  run.log(`${officer.username} is back in the app`);
  return reopened;
}

export function officerNamed(run: Run, username: string): Officer {
  const officer = run.officers.find((candidate) => candidate.username === username);
  if (!officer) throw new Error(`no officer ${username} in this run`);
  return officer;
}
