// `npm run screenshots`: the main screens in Korean and English, as PNGs in docs/screenshots/ for the
// README. Starts the central API with demo data the way the e2e suite does (test/e2e/server.ts),
// signs in as a demo officer and drives Chromium. Rebuilds the renderer first when E2E_REBUILD=1.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { authRoutes, Session, SnapshotPage } from '../../shared/api';
import type { Declaration } from '../../shared/domain';
import { chromiumLaunchOptions } from '../chromium';
import { waitForReferencePacks } from '../e2e/global-setup';
import { ensureRendererBuilt, repoRoot, startServer } from '../e2e/server';

const OUT_DIR = `${repoRoot}/docs/screenshots`;
const PASSWORD = 'border-post-demo';
/** Enough declarations per post for a full worklist at 1920×1080. */
const SEED_COUNT = 360;
const SMALL = { width: 1366, height: 768 };
const LARGE = { width: 1920, height: 1080 };

/** Korean at Busan (UNI-PASS numbers, the KR tariff), English at Dover (MRNs, the UK tariff). */
const SHOTS = [
  {
    language: 'ko',
    locale: 'ko-KR',
    username: 'kim.officer',
    signIn: { username: '사용자 ID', password: '비밀번호', submit: '로그인' },
    tariffQuery: '냉동새우',
    tariffLabel: '관세율표 검색',
  },
  {
    language: 'en',
    locale: 'en-US',
    username: 'clarke.officer',
    signIn: { username: 'Username', password: 'Password', submit: 'Sign in' },
    tariffQuery: 'frozen shrimp',
    tariffLabel: 'Search the tariff',
  },
] as const;

type Shot = (typeof SHOTS)[number];

/**
 * Waits until the screen says nothing is still loading ("Assessing…", "세액 계산 중…": the app ends
 * every such message with an ellipsis), or gives up after a while and shoots what is there.
 */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => !(document.querySelector('main')?.textContent ?? '').includes('…'), undefined, {
      timeout: 60_000,
    })
    .catch(() => console.warn('still loading after 60 s; shooting what is on screen'));
}

async function shoot(page: Page, name: string): Promise<void> {
  await settle(page);
  // Let fonts, transitions and the last live query settle.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.waitForTimeout(300);
  const path = `${OUT_DIR}/${name}.png`;
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
}

/** A declaration worth showing: the riskiest with a few items, from the officer's own post. */
async function showcaseDeclaration(url: string, username: string): Promise<Declaration> {
  const login = await fetch(`${url}${authRoutes.login}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD, deviceId: 'screenshots' }),
  });
  const session = Session.parse(await login.json());
  const query = new URLSearchParams({ postId: session.officer.postId, limit: '500' });
  const response = await fetch(`${url}/sync/v1/snapshot?${query}`, {
    headers: { authorization: `Bearer ${session.accessToken}` },
  });
  const { declarations } = SnapshotPage.parse(await response.json());
  const candidates = declarations.filter((d) => d.items.length >= 2 && d.items.length <= 4);
  const best = [...candidates].sort((a, b) => b.riskScore - a.riskScore)[0] ?? declarations[0];
  if (!best) throw new Error(`the server holds no declaration for ${username}`);
  return best;
}

const go = (page: Page, hash: string) =>
  page.evaluate((target) => {
    window.location.hash = target;
  }, hash);

/** Nothing focused, so no focus ring is in the picture. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

async function signIn(page: Page, url: string, shot: Shot): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel(shot.signIn.username).fill(shot.username);
  await page.getByLabel(shot.signIn.password).fill(PASSWORD);
  await blur(page);
  await shoot(page, `${shot.language}-sign-in`);
  await page.getByRole('button', { name: shot.signIn.submit, exact: true }).click();
  // The first sync is done and the worklist shows its rows.
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="declaration-count"]')?.getAttribute('data-count')) > 0 &&
      document.querySelector('.sync-bar[data-phase="done"]') !== null,
    undefined,
    { timeout: 60_000 },
  );
  // And the tariff and rates are on the device: without them the screens say they are missing.
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="reference-tariff"]') !== null &&
      document.querySelector('[data-testid="reference-rates"]') !== null &&
      document.querySelector('[data-testid="reference-download"]') === null,
    undefined,
    { timeout: 180_000 },
  );
}

async function screensOf(browser: Browser, url: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({ locale: shot.locale, viewport: SMALL });
  const page = await context.newPage();
  try {
    await screens(page, url, shot);
  } catch (error) {
    // What the page showed when a wait gave up, beside the run's other test output.
    await page.screenshot({ path: `${repoRoot}/test-results/screenshots-failed-${shot.language}.png` });
    throw error;
  } finally {
    await context.close();
  }
}

async function screens(page: Page, url: string, shot: Shot): Promise<void> {
  await signIn(page, url, shot);
  await blur(page);
  await shoot(page, `${shot.language}-worklist`);

  const declaration = await showcaseDeclaration(url, shot.username);
  await go(page, `#/declarations/${encodeURIComponent(declaration.id)}`);
  await page.getByRole('heading', { level: 1, name: declaration.reference }).waitFor();
  await shoot(page, `${shot.language}-declaration`);

  await go(page, '#/attention');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shoot(page, `${shot.language}-needs-attention`);

  await go(page, '#/tariff');
  const search = page.getByRole('combobox', { name: shot.tariffLabel });
  await search.waitFor({ timeout: 120_000 });
  await search.pressSequentially(shot.tariffQuery);
  await page.getByRole('option').first().waitFor();
  await shoot(page, `${shot.language}-tariff-search`);

  await go(page, '#/');
  await page.getByTestId('declaration-count').waitFor();
  await blur(page);
  await page.keyboard.press('?');
  await page.getByRole('dialog').waitFor();
  await shoot(page, `${shot.language}-shortcuts`);
  await page.keyboard.press('Escape');

  await page.setViewportSize(LARGE);
  await blur(page);
  await shoot(page, `${shot.language}-worklist-1920x1080`);
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  ensureRendererBuilt();
  const server = await startServer(SEED_COUNT);
  let browser: Browser | null = null;
  try {
    await waitForReferencePacks(server.url);
    browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
    for (const shot of SHOTS) await screensOf(browser, server.url, shot);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

await main();
