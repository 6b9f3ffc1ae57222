import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import { buildNotice, type NoticeInput } from '../../shared/notice';
import { buildContentSecurityPolicy } from '../../src-main/security/csp';
import { engine } from '../../src-server/assess/engine';
import { loadDeclaration, loadRates, loadTariff } from '../../src-server/assess/inputs';
import { renderNoticePdf as renderInNode } from '../../src-server/notice/render-notice';
import { repoRoot } from './server';

// The renderer's notice path in real Chromium: the lazily loaded chunk (pdfmake's browser build)
// fetches the bundled TrueType files from the app's own origin under the desktop app's CSP, and
// prints the same text as the central API's Node rendering of the same notice.

const ORIGIN = 'http://border-post.test';
const out = mkdtempSync(join(tmpdir(), 'notice-chunk-'));
const shots = process.env['SHOTS_DIR'];

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.error}`);
  return result.stdout;
}

function koreanNotice(): NoticeInput {
  const options = {
    profile: 'kr' as const,
    tariff: `${repoRoot}assets/data/tariffs/kr`,
    rates: `${repoRoot}assets/data/tariffs/uk/hmrc_monthly_exchange_rates.csv`,
    declaration: `${repoRoot}test/tariff/fixtures/kr-busan-cod-coffee.declaration.json`,
    json: false,
    acceptanceDate: '2021-01-01',
  };
  const tariff = loadTariff(options);
  const rates = loadRates(options);
  if (!tariff.ok || !rates.ok) throw new Error('assets/data did not load');
  const declaration = loadDeclaration(options, tariff.value);
  if (!declaration.ok) throw new Error(declaration.error.message);
  const assessment = engine(declaration.value, { profile: 'kr', tariff: tariff.value, rates: rates.value });
  return {
    declaration: declaration.value,
    assessment,
    versions: { published: { tariff: 3, rates: 7, taxes: null } },
    language: 'ko',
    post: { name: 'Busan Main Customs', nameLocal: '부산본부세관', officeCode: '030' },
    issuedAt: '2026-12-03T09:30:00.000Z',
  };
}

test.beforeAll(async () => {
  // The renderer's own build settings, with the notice module as an entry whose exports are kept.
  await build({
    configFile: `${repoRoot}src-renderer/vite.config.ts`,
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: {
        input: { notice: `${repoRoot}src-renderer/features/notice/render-notice.ts` },
        preserveEntrySignatures: 'strict',
      },
    },
  });
});

test('the notice renders in Chromium with the bundled font, as the central API renders it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const chunk = readdirSync(join(out, 'assets')).find((name) => /^notice-.*\.js$/.test(name));
  expect(chunk).toBeDefined();
  const requested: string[] = [];
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    requested.push(path);
    if (path === '/')
      return route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': buildContentSecurityPolicy('http://127.0.0.1:4010') },
        body: '<!doctype html><html lang="ko"><body>notice</body></html>',
      });
    return route.fulfill({ path: join(out, path) });
  });
  await page.goto(`${ORIGIN}/`);

  const input = koreanNotice();
  const base64 = await page.evaluate(
    async ({ module, notice }) => {
      const { renderNoticePdf } = (await import(module)) as {
        renderNoticePdf: (input: unknown) => Promise<Uint8Array>;
      };
      const bytes = await renderNoticePdf(notice);
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    },
    { module: `/assets/${chunk}`, notice: input },
  );

  const dir = shots ?? out;
  mkdirSync(dir, { recursive: true });
  const fromBrowser = join(dir, 'notice-kr-ko-chromium.pdf');
  const fromNode = join(dir, 'notice-kr-ko-node.pdf');
  writeFileSync(fromBrowser, Buffer.from(base64, 'base64'));
  writeFileSync(fromNode, await renderInNode(input));
  if (shots) run('pdftoppm', ['-r', '100', '-png', fromBrowser, join(dir, 'notice-kr-ko-chromium')]);

  const text = run('pdftotext', ['-layout', fromBrowser, '-']);
  // The payable as the engine assessed it and the notice model writes it ("1,933,030 KRW").
  const payable = buildNotice(input).payable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect({
    title: text.includes('세액 심사 결과 통지서'),
    payable: new RegExp(`납부할 세액\\s+${payable}`).test(text),
    fontsFetched: requested.filter((path) => path.endsWith('.ttf')).length,
    sameTextAsNode: text === run('pdftotext', ['-layout', fromNode, '-']),
    embedded: run('pdffonts', [fromBrowser]).match(/Pretendard-\w+\s+CID TrueType\s+Identity-H\s+yes/g)
      ?.length,
  }).toEqual({ title: true, payable: true, fontsFetched: 3, sameTextAsNode: true, embedded: 2 });
});
