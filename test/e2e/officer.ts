// How the specs act as an officer: the API needs a session for everything but /health, /openapi.json
// and /auth, and the app asks for sign-in before it downloads anything.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { authRoutes, PostsResponse, PushResponse, Session, SnapshotPage, syncRoutes } from '../../shared/api';
import type { DecisionEntry } from '../../shared/api/decision-history';
import type { DecisionCommand, Declaration } from '../../shared/domain';
import { chooseDecision } from '../decision-form';

/** Every seeded demo officer's password. */
export const PASSWORD = 'border-post-demo';
/** The demo officer of Busan Main Customs (KR-BUSAN). */
export const BUSAN_OFFICER = 'kim.officer';

export function serverUrl(): string {
  const url = process.env['BORDER_POST_E2E_URL'];
  if (!url) throw new Error('BORDER_POST_E2E_URL is not set: run through test/e2e/playwright.config.ts');
  return url;
}

/**
 * Signs in over HTTP, on a device of the test's own, for the checks made beside the browser. A spec
 * that pushes decisions names its own `deviceId`, so its seqs never meet another spec's.
 */
export async function apiSession(
  request: APIRequestContext,
  username: string,
  deviceId = `e2e-api-${username.replace(/[^A-Za-z0-9_-]/g, '-')}`,
): Promise<Session> {
  const response = await request.post(`${serverUrl()}${authRoutes.login}`, {
    data: { username, password: PASSWORD, deviceId },
  });
  if (!response.ok()) throw new Error(`sign-in of ${username} failed: ${response.status()}`);
  return Session.parse(await response.json());
}

const bearer = (session: Session) => ({ authorization: `Bearer ${session.accessToken}` });

/** Pushes one decision over the API as `session`, from the command's device; answers its outcome. */
export async function pushDecision(
  request: APIRequestContext,
  session: Session,
  command: DecisionCommand,
): Promise<string | undefined> {
  const pushed = await request.post(`${serverUrl()}${syncRoutes.decisions}`, {
    headers: bearer(session),
    data: { deviceId: command.deviceId, decisions: [command] },
  });
  return PushResponse.parse(await pushed.json()).results[0]?.outcome;
}

/** The officer's own post (the only one the API lists for them). */
export async function ownPost(request: APIRequestContext, session: Session) {
  const response = await request.get(`${serverUrl()}/api/v1/posts`, { headers: bearer(session) });
  const [post] = PostsResponse.parse(await response.json()).posts;
  if (!post) throw new Error(`the server lists no post for ${session.officer.username}`);
  return post;
}

/** The officer's post's whole snapshot, paged as the app pages it, with the decisions' history. */
export async function snapshot(
  request: APIRequestContext,
  session: Session,
  limit = 500,
): Promise<{ total: number; declarations: Declaration[]; history: DecisionEntry[] }> {
  const declarations: Declaration[] = [];
  const history: DecisionEntry[] = [];
  let pageToken: string | null = null;
  let total = 0;
  do {
    const query = new URLSearchParams({ postId: session.officer.postId, limit: String(limit) });
    if (pageToken) query.set('pageToken', pageToken);
    const response = await request.get(`${serverUrl()}/sync/v1/snapshot?${query}`, {
      headers: bearer(session),
    });
    const page = SnapshotPage.parse(await response.json());
    declarations.push(...page.declarations);
    history.push(...(page.history ?? []));
    total = page.total;
    pageToken = page.nextPageToken;
  } while (pageToken);
  return { total, declarations, history };
}

export type SignInLabels = { heading: string; username: string; password: string; submit: string };
export const englishSignIn: SignInLabels = {
  heading: 'Officer sign-in',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
};
export const koreanSignIn: SignInLabels = {
  heading: '세관원 로그인',
  username: '사용자 ID',
  password: '비밀번호',
  submit: '로그인',
};

/** Fills the sign-in screen the app shows on a device with no session, and submits it. */
export async function submitSignIn(
  page: Page,
  username: string,
  password: string,
  labels: SignInLabels = englishSignIn,
): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: labels.heading })).toBeVisible();
  await page.getByLabel(labels.username).fill(username);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}

/** Opens the app on a fresh profile, signs in, and waits until the first sync has the whole post. */
export async function signInAndSync(
  page: Page,
  username: string,
  total: number,
  labels: SignInLabels = englishSignIn,
): Promise<void> {
  await page.goto(`${serverUrl()}/`);
  await submitSignIn(page, username, PASSWORD, labels);
  await expect(page.getByTestId('declaration-count')).toHaveAttribute('data-count', String(total), {
    timeout: 30_000,
  });
}

/** Every API call of the page fails as with the network gone, until `goOnline`. */
export const API_CALLS = /\/(api|sync|auth)\/v1\//;
export const goOffline = (page: Page) =>
  page.route(API_CALLS, (route) => route.abort('internetdisconnected'));

/** The network is back: the browser says `online`, and the sync loop runs. */
export async function goOnline(page: Page): Promise<void> {
  await page.unroute(API_CALLS);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
}

/** Opens a declaration's page and saves a decision on it; `save` is the button's label. */
export async function decideOn(page: Page, declarationId: string, kind: string, save = 'Save decision') {
  await page.evaluate((id) => {
    window.location.hash = `#/declarations/${encodeURIComponent(id)}`;
  }, declarationId);
  await chooseDecision(page, kind);
  await page.getByRole('button', { name: save }).click();
}
