import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { BRIDGE_GLOBAL, bridgeChannels } from '../../shared/ipc/bridge';
import { findElectronBinary, missingDisplayReason } from '../../scripts/electron-binary';

const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();
const skipReason = binary.present ? missingDisplayReason() : `Electron binary not present: ${binary.reason}`;
if (skipReason !== null) console.log(`[electron smoke] skipping: ${skipReason}`);

test.describe('the packaged-to-be app', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    const missing = ['dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/renderer/index.html'].filter(
      (file) => !existsSync(join(root, file)),
    );
    expect(missing, 'the app is not built; run `npm run build` first').toEqual([]);
    if (!binary.present) throw new Error('unreachable: the suite is skipped without a binary');

    // The project directory, not the script: Electron then reads package.json (name, version, main)
    // as it does inside app.asar.
    // The default API URL, whatever the developer's shell has set, so getInfo's answer is known.
    const env = { ...process.env, BORDER_POST_API_URL: 'http://127.0.0.1:4010' };
    app = await electron.launch({
      executablePath: binary.executablePath,
      args: [root],
      cwd: root,
      env: Object.fromEntries(
        Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ),
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one window on app://bundle with the renderer mounted', async () => {
    await expect(page).toHaveTitle(/Border Post/);
    expect(page.url()).toMatch(/^app:\/\/bundle\/index\.html(#.*)?$/);
    await expect(page.locator('#root > *').first()).toBeVisible();
  });

  test('keeps the window on the bundle: no navigation away, no new windows', async () => {
    // file: rather than a web URL, so the navigation guard has nothing to hand to the system browser.
    const opened = await page.evaluate(() => {
      const child = window.open('app://bundle/index.html');
      location.href = 'file:///etc/hostname';
      return child === null;
    });
    expect(opened).toBe(true);
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/bundle\/index\.html(#.*)?$/);
    expect(app.windows()).toHaveLength(1);
  });

  test(`exposes exactly the bridge methods on window.${BRIDGE_GLOBAL}, and no Node`, async () => {
    const seen = await page.evaluate((name) => {
      const bridge: unknown = Reflect.get(globalThis, name);
      const entries = typeof bridge === 'object' && bridge !== null ? Object.entries(bridge) : [];
      return {
        methods: entries.map(([key, value]) => `${key}:${typeof value}`).sort(),
        require: typeof Reflect.get(globalThis, 'require'),
        process: typeof Reflect.get(globalThis, 'process'),
        module: typeof Reflect.get(globalThis, 'module'),
      };
    }, BRIDGE_GLOBAL);
    expect(seen).toEqual({
      methods: Object.keys(bridgeChannels)
        .map((key) => `${key}:function`)
        .sort(),
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
  });

  test('answers getInfo over IPC as the Electron host', async () => {
    const info = await page.evaluate((name) => {
      const bridge = Reflect.get(globalThis, name) as { getInfo: () => Promise<unknown> };
      return bridge.getInfo();
    }, BRIDGE_GLOBAL);
    expect(info).toMatchObject({
      ok: true,
      value: { kind: 'electron', apiBaseUrl: 'http://127.0.0.1:4010' },
    });
  });

  test('blocks connections to origins other than the API by CSP', async () => {
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return 'connected';
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
  });
});
