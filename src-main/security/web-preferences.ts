/**
 * The renderer's webPreferences, every security-relevant one written out even where it equals
 * Electron's current default, so a changed default or a careless edit shows up in review and
 * fails a test (Electron security checklist, items 2–4, 6, 8, 9, 12). `enableBlinkFeatures` stays
 * unset: no Chromium feature is switched on beyond what the web platform ships.
 *
 * `devTools` is true only in development; a packaged build has no DevTools to open.
 */
export function secureWebPreferences(preloadPath: string, { devTools }: { devTools: boolean }) {
  return {
    preload: preloadPath,
    // The preload runs in its own world; the page cannot reach its objects or Electron's.
    contextIsolation: true,
    // The renderer process is OS-sandboxed; the preload gets only a minimal require().
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // The officer app has no use for spellcheck dictionaries fetched from Google's servers.
    spellcheck: false,
    devTools,
  } as const;
}
