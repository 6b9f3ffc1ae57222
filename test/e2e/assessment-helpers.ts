// How the assessment specs get a device holding its reference packs and read the panel's figures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import Decimal from 'decimal.js';
import type { Session } from '../../shared/api';
import type { DecisionEntry } from '../../shared/api/decision-history';
import { ReferenceManifest } from '../../shared/api/reference-v1';
import type { Declaration, Jurisdiction } from '../../shared/domain';
import { runAssess } from '../../src-server/assess/run';
import { repoRoot } from './server';
import { apiSession, ownPost, serverUrl, signInAndSync, snapshot, type SignInLabels } from './officer';

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
 * Waits until the app's own download has put in use every pack the centre publishes for the
 * officer's jurisdiction: tariff and rates as the status bar shows them, then the other kinds
 * (which the status bar does not name) as the device's reference database records them. Resolves
 * with the manifest's packs.
 */
export async function waitForAppReferenceDownload(
  page: Page,
  request: APIRequestContext,
  session: Session,
): Promise<ReferenceManifest['packs']> {
  const { jurisdiction } = await ownPost(request, session);
  const response = await request.get(`${serverUrl()}/sync/v1/reference?jurisdiction=${jurisdiction}`, {
    headers: { authorization: `Bearer ${session.accessToken}` },
  });
  const { packs } = ReferenceManifest.parse(await response.json());
  for (const kind of ['tariff', 'rates'] as const) {
    const pack = packs.find((published) => published.kind === kind);
    if (pack === undefined) throw new Error(`the centre publishes no ${jurisdiction} ${kind}`);
    await expect(page.getByTestId(`reference-${kind}`)).toHaveAttribute(
      'data-version',
      String(pack.version),
      {
        timeout: 120_000,
      },
    );
  }
  const published = packs.map(({ kind, version }) => `${kind} v${version}`).sort();
  await expect.poll(() => page.evaluate(packsInUse, jurisdiction), { timeout: 120_000 }).toEqual(published);
  return packs;
}

/** In the page: "kind vN" of every pack the reference database has in use for the jurisdiction. */
async function packsInUse(jurisdiction: Jurisdiction): Promise<string[]> {
  // Opening a database that does not exist would create it under the app's feet.
  const names = (await indexedDB.databases()).map((database) => database.name);
  if (!names.includes('border-post-reference')) return [];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('border-post-reference');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    if (!db.objectStoreNames.contains('current')) return [];
    const rows = await new Promise<Array<{ jurisdiction: string; kind: string; version: number }>>(
      (resolve, reject) => {
        const all = db.transaction('current').objectStore('current').getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      },
    );
    return rows
      .filter((row) => row.jurisdiction === jurisdiction)
      .map((row) => `${row.kind} v${row.version}`)
      .sort();
  } finally {
    db.close();
  }
}

/**
 * A fresh profile of the officer's: signed in, synced, and holding the post's reference packs from
 * the app's own download. Resolves with the API session, the post's declarations (in snapshot
 * order) and the packs the centre publishes, for the checks made beside the browser.
 */
export async function officerDevice(
  page: Page,
  request: APIRequestContext,
  username: string,
  labels?: SignInLabels,
) {
  const session = await apiSession(request, username);
  const { total, declarations } = await snapshot(request, session);
  await signInAndSync(page, username, total, labels);
  const packs = await waitForAppReferenceDownload(page, request, session);
  return { session, declarations, packs };
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

/** The decisions the centre applied to a declaration, with their official assessments (snapshot history). */
export async function decisionHistory(
  request: APIRequestContext,
  session: Session,
  declarationId: string,
): Promise<DecisionEntry[]> {
  const { history } = await snapshot(request, session);
  return history.filter((entry) => entry.declarationId === declarationId);
}

/**
 * The difference the panel shows after a correction, row by row ([kind, change]), beside what the
 * CLI's two assessments say it is (the change per tax in the order of the corrected totals).
 */
export async function differenceAgainstCli(
  page: Page,
  before: CliAssessment,
  after: CliAssessment,
  places: number,
) {
  const change = (kind: string, code: string | null) => {
    const amount = (cli: CliAssessment) =>
      new Decimal(cli.totals.byKind.find((t) => t.kind === kind && t.code === code)?.amount ?? '0');
    return amount(after).sub(amount(before)).toFixed(places);
  };
  const difference = page.getByTestId('assessment-difference');
  const rows = await difference
    .getByTestId('difference-row')
    .evaluateAll((cells) =>
      cells.map((row) => [(row as HTMLElement).dataset['kind'], (row as HTMLElement).dataset['change']]),
    );
  return {
    shown: { rows, payable: await difference.getByTestId('difference-payable').getAttribute('data-change') },
    expected: {
      rows: after.totals.byKind.map((t) => [t.kind, change(t.kind, t.code)]),
      payable: new Decimal(after.totals.payable).sub(before.totals.payable).toFixed(places),
    },
  };
}
