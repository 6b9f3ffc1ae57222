// Officer sessions in Chromium for the chaos runs: a persistent profile each, so a closed browser
// can be reopened on the same IndexedDB (the outbox must survive it).
import { chromiumLaunchOptions } from '../chromium';
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { fillDecision } from '../decision-form';

export const PASSWORD = 'border-post-demo';

export type Officer = {
  username: string;
  id: string;
  userDataDir: string;
  /** How far this device's clock is off the real time, in ms (either way). */
  skewMs: number;
  context: BrowserContext;
  page: Page;
};

export type OutboxRow = {
  decisionId: string;
  declarationId: string;
  state: string;
  kind: string;
  officerId: string;
  outcome: { outcome: string; reason?: string } | null;
  needsAttention: boolean;
  attentionShown: boolean;
};

/**
 * Samples the stored pull cursor every 300 ms inside the page and remembers any step backwards in
 * localStorage (it outlives a reload and a reopened profile). A cursor may go back only when the
 * server sends the device to a fresh snapshot (410), which the store counts in `rebuilds:<post>`,
 * so high-water marks are kept per rebuild count. Opens the cache database only once Dexie has
 * created it, so it never creates or blocks it.
 */
function cursorSampler(): void {
  const sample = async (): Promise<void> => {
    const names = (await indexedDB.databases()).map((db) => db.name);
    if (!names.includes('border-post-cache')) return;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('border-post-cache');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('meta')) return;
      const rows = await new Promise<{ key: string; value: unknown }[]>((resolve, reject) => {
        const request = db.transaction('meta', 'readonly').objectStore('meta').getAll();
        request.onsuccess = () => resolve(request.result as { key: string; value: unknown }[]);
        request.onerror = () => reject(request.error);
      });
      const rebuilds = new Map(
        rows
          .filter((row) => row.key.startsWith('rebuilds:'))
          .map((row) => [row.key.slice('rebuilds:'.length), (row.value as { count: number }).count]),
      );
      for (const row of rows) {
        if (!row.key.startsWith('cursor:') || typeof row.value !== 'string') continue;
        const body = JSON.parse(atob(row.value.replace(/-/g, '+').replace(/_/g, '/'))) as { s: string };
        const key = `chaos.${row.key}#${rebuilds.get(row.key.slice('cursor:'.length)) ?? 0}`;
        const seen = Number(localStorage.getItem(key) ?? '0');
        const now = Number(body.s);
        if (now < seen) {
          const list = JSON.parse(localStorage.getItem('chaos.regressions') ?? '[]') as string[];
          list.push(`${key} ${seen} -> ${now}`);
          localStorage.setItem('chaos.regressions', JSON.stringify(list.slice(-20)));
        }
        localStorage.setItem(key, String(Math.max(seen, now)));
        localStorage.setItem(
          'chaos.samples',
          String(Number(localStorage.getItem('chaos.samples') ?? '0') + 1),
        );
      }
    } finally {
      db.close();
    }
  };
  setInterval(() => void sample().catch(() => undefined), 300);
}

export async function launchOfficer(
  userDataDir: string,
  username: string,
  id: string,
  skewMs = 0,
): Promise<Officer> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...chromiumLaunchOptions,
    headless: true,
    timeout: 60_000,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  // Contexts launched by hand get no timeouts from the Playwright config: a hung page must fail
  // the seed with its step, not wait for the test's own timeout.
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  await context.addInitScript(cursorSampler);
  // The device's clock: Date and timers are Playwright's, started off by the skew; time flows.
  await context.clock.install({ time: Date.now() + skewMs });
  const page = context.pages()[0] ?? (await context.newPage());
  return { username, id, userDataDir, skewMs, context, page };
}

/** The device clock jumps back (a user fixing the date, NTP, a dead CMOS battery). */
export async function jumpClockBack(officer: Officer, ms: number): Promise<void> {
  const now = await officer.page.evaluate(() => Date.now());
  await officer.context.clock.setSystemTime(now - ms);
}

const signedIn = (page: Page) => page.getByRole('button', { name: 'Sign out' });

/**
 * Opens the app and makes sure the officer is signed in with the post's cache complete, whatever
 * the app asks for first: the sign-in form, a "Sign in" link, or nothing when the session holds.
 */
export async function openApp(page: Page, proxyUrl: string, total: number, username: string): Promise<void> {
  await page.goto(`${proxyUrl}/`);
  await ensureSignedIn(page, username);
  await expect(page.getByTestId('declaration-count')).toHaveAttribute('data-count', String(total), {
    timeout: 30_000,
  });
}

/**
 * Signs in if the app shows the sign-in form or link (a fresh device, or a session the server
 * ended: refresh token expired or lost in a restore); returns once "Sign out" is shown.
 */
export async function ensureSignedIn(page: Page, username: string): Promise<void> {
  const password = page.locator('input[name="password"]');
  const link = page.getByRole('link', { name: 'Sign in', exact: true });
  await expect(signedIn(page).or(password).or(link).first()).toBeVisible({ timeout: 30_000 });
  if (await signedIn(page).isVisible()) return;
  if (!(await password.isVisible())) await link.click();
  const user = page.locator('[name="username"]');
  if ((await user.evaluate((element) => element.tagName)) === 'SELECT') await user.selectOption(username);
  else await user.fill(username);
  await password.fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(signedIn(page)).toBeVisible({ timeout: 30_000 });
}

/** Waits (bounded) for the app to notice its session ended, as its next sync call does. */
export async function waitForSignedOut(page: Page, withinMs: number): Promise<boolean> {
  const password = page.locator('input[name="password"]');
  const link = page.getByRole('link', { name: 'Sign in', exact: true });
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if ((await password.isVisible()) || (await link.isVisible())) return true;
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForTimeout(500);
  }
  return false;
}

/** Decides from the detail page; resolves once the UI says the decision is saved on the device. */
export async function decide(
  page: Page,
  declarationId: string,
  reference: string,
  kind: string,
): Promise<void> {
  try {
    await page.evaluate((id) => {
      window.location.hash = `#/declarations/${encodeURIComponent(id)}`;
    }, declarationId);
    await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
    await fillDecision(page, kind);
    await page.getByRole('button', { name: 'Save decision' }).click();
    // The confirmation is answered here, in order, not by a locator handler racing the page's
    // reloads and the officer's next click.
    await page.getByTestId('decide-confirm').getByRole('button', { name: 'Confirm and save' }).click();
    await expect(page.getByText('Decision saved on this device.')).toBeVisible();
  } catch (error) {
    const textOf = async (selector: string) =>
      (
        await page
          .locator(selector)
          .first()
          .innerText({ timeout: 1_000 })
          .catch(() => '')
      ).replace(/\s+/g, ' ');
    // The form's own words (an alert, a disabled Save) say why; the page's top says where it was.
    const form = await textOf('.decision-form');
    const shown = await textOf('body');
    throw new Error(
      `${kind} of ${declarationId} was not saved; the form shows: ${form.slice(0, 600)}; the page shows: ${shown.slice(0, 400)}`,
      {
        cause: error,
      },
    );
  }
}

async function readStore<T>(page: Page, database: string, store: string): Promise<T[]> {
  return page.evaluate(
    async ({ database: name, store: table }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(table, 'readonly').objectStore(table).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { database, store },
  );
}

type RawOutbox = {
  decisionId: string;
  state: string;
  entry?: {
    command: { declarationId: string; kind: string; officerId: string };
    outcome?: { outcome: string; reason?: string };
    needsAttention?: boolean;
    attentionShown?: boolean;
  };
};

export async function readOutbox(page: Page): Promise<OutboxRow[]> {
  const rows = await readStore<RawOutbox>(page, 'border-post-outbox', 'decisions');
  return rows.map((row) => ({
    decisionId: row.decisionId,
    declarationId: row.entry?.command.declarationId ?? '',
    state: row.state,
    kind: row.entry?.command.kind ?? '',
    officerId: row.entry?.command.officerId ?? '',
    outcome: row.entry?.outcome ?? null,
    needsAttention: row.entry?.needsAttention ?? false,
    attentionShown: row.entry?.attentionShown ?? false,
  }));
}

export async function readCache(
  page: Page,
  postId: string,
): Promise<{ id: string; version: number; status: string }[]> {
  const rows = await readStore<{ id: string; postId: string; version: number; status: string }>(
    page,
    'border-post-cache',
    'declarations',
  );
  return rows
    .filter((row) => row.postId === postId)
    .map(({ id, version, status }) => ({ id, version, status }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export async function cursorRegressions(page: Page): Promise<{ samples: number; regressions: string[] }> {
  return page.evaluate(() => ({
    samples: Number(localStorage.getItem('chaos.samples') ?? '0'),
    regressions: JSON.parse(localStorage.getItem('chaos.regressions') ?? '[]') as string[],
  }));
}
