// How the assessment specs give a device its reference packs and read the panel's figures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { SnapshotPage, type Session } from '../../shared/api';
import type { DecisionEntry } from '../../shared/api/decision-history';
import { REFERENCE_VERSION_HEADER } from '../../shared/api/reference-v1';
import type { Declaration, Jurisdiction } from '../../shared/domain';
import { runAssess } from '../../src-server/assess/run';
import { repoRoot } from './server';
import { serverUrl } from './officer';

const KINDS = ['tariff', 'rates', 'taxes', 'codes'] as const;

/** The files the server published its packs from (src-server/reference/sources.ts), as the CLI takes them. */
const CLI_INPUTS: Record<Jurisdiction, { tariff: string; rates: string }> = {
  uk: {
    tariff: join(repoRoot, 'assets/data/tariffs/uk/ukgt_2021_with_eu_cet.csv'),
    rates: join(repoRoot, 'assets/data/tariffs/uk/hmrc_monthly_exchange_rates.csv'),
  },
  kr: {
    tariff: join(repoRoot, 'assets/data/tariffs/kr'),
    rates: join(repoRoot, 'assets/data/tariffs/uk/hmrc_monthly_exchange_rates.csv'),
  },
};

export type CliAssessment = {
  currency: string;
  totals: { payable: string; byKind: Array<{ kind: string; code: string | null; amount: string }> };
  complete: boolean;
  items: Array<{ sequence: number; taxes: Array<{ kind: string; code: string | null; amount: string }> }>;
};

/** `npm run assess -- --json` on the declaration exported as a project JSON file. */
export async function assessWithCli(declaration: Declaration): Promise<CliAssessment> {
  const file = join(mkdtempSync(join(tmpdir(), 'bp-assess-')), `${declaration.id}.json`);
  writeFileSync(file, JSON.stringify(declaration));
  const inputs = CLI_INPUTS[declaration.jurisdiction];
  const outcome = await runAssess([
    '--profile',
    declaration.jurisdiction,
    '--tariff',
    inputs.tariff,
    '--rates',
    inputs.rates,
    '--declaration',
    file,
    '--json',
  ]);
  if (outcome.exitCode !== 0) throw new Error(`assess failed: ${outcome.stderr}`);
  return JSON.parse(outcome.stdout) as CliAssessment;
}

/**
 * Puts the server's current packs of a jurisdiction into the device's reference database, as the
 * downloader stores them, for a run where the app does not download them itself. The page must
 * have opened the database already (the assessment worker does on its first request).
 */
export async function storeReferencePacks(
  page: Page,
  request: APIRequestContext,
  session: Session,
  jurisdiction: Jurisdiction,
): Promise<void> {
  const rows = [];
  for (const kind of KINDS) {
    const response = await request.get(
      `${serverUrl()}/sync/v1/reference/${kind}?jurisdiction=${jurisdiction}`,
      {
        headers: { authorization: `Bearer ${session.accessToken}` },
      },
    );
    if (response.status() === 404) continue;
    if (!response.ok()) throw new Error(`GET reference ${kind}: ${response.status()}`);
    const body = await response.text();
    const pack = JSON.parse(body) as { label: string; publishedAt: string };
    const version = Number(response.headers()[REFERENCE_VERSION_HEADER]);
    rows.push({ kind, version, etag: response.headers()['etag'] ?? '', pack, bytes: body.length });
  }
  await page.evaluate(
    async ({ jurisdiction, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('border-post-reference');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['packs', 'current'], 'readwrite');
      const at = new Date().toISOString();
      for (const row of rows) {
        const key = { jurisdiction, kind: row.kind, version: row.version, etag: row.etag };
        tx.objectStore('packs').put({ ...key, pack: row.pack, bytes: row.bytes, storedAt: at });
        tx.objectStore('current').put({
          ...key,
          label: (row.pack as { label: string }).label,
          publishedAt: (row.pack as { publishedAt: string }).publishedAt,
          switchedAt: at,
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { jurisdiction, rows },
  );
}

/** Opens a declaration's page in the running app. */
export async function openDeclaration(page: Page, declarationId: string): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/declarations/${encodeURIComponent(id)}`;
  }, declarationId);
}

/** The first assessment panel's totals per tax ("kind|code" → amount) and payable, as the notice prints them. */
export async function panelFigures(page: Page) {
  const panel = page.getByTestId('assessment-panel').first();
  await expect(panel.getByTestId('assessment-payable')).toBeVisible({ timeout: 60_000 });
  const totals = await panel.getByTestId('assessment-total').evaluateAll((rows) =>
    rows.map((row) => {
      const data = (row as HTMLElement).dataset;
      return { kind: data['kind'] ?? '', code: data['code'] || null, amount: data['amount'] ?? '' };
    }),
  );
  const payable = await panel.getByTestId('assessment-payable').getAttribute('data-amount');
  return { totals, payable };
}

/**
 * Opens a declaration offline and makes sure the device holds the jurisdiction's packs: when the
 * app's own download has not stored them yet, the panel says so and they are stored as the
 * downloader would, then the page is reloaded (still offline).
 */
export async function openWithReferenceData(
  page: Page,
  request: APIRequestContext,
  session: Session,
  declaration: Declaration,
): Promise<void> {
  await openDeclaration(page, declaration.id);
  const panel = page.getByTestId('assessment-panel').first();
  const noReference = panel.getByTestId('assessment-no-reference');
  const assessed = panel.getByTestId('assessment-payable').or(panel.getByTestId('assessment-not-covered'));
  await expect(noReference.or(assessed)).toBeVisible({ timeout: 60_000 });
  if (await noReference.isVisible()) {
    await storeReferencePacks(page, request, session, declaration.jurisdiction);
    await page.reload();
  }
}

/** The decisions the centre applied to a declaration, with their official assessments (snapshot history). */
export async function decisionHistory(
  request: APIRequestContext,
  session: Session,
  declarationId: string,
): Promise<DecisionEntry[]> {
  const entries: DecisionEntry[] = [];
  let pageToken: string | null = null;
  do {
    const query = new URLSearchParams({ postId: session.officer.postId, limit: '500' });
    if (pageToken) query.set('pageToken', pageToken);
    const response = await request.get(`${serverUrl()}/sync/v1/snapshot?${query}`, {
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    const page = SnapshotPage.parse(await response.json());
    entries.push(...(page.history ?? []).filter((entry) => entry.declarationId === declarationId));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return entries;
}
