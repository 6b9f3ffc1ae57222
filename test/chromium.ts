/**
 * How every browser suite (e2e, chaos, sync bench) launches Debian's Chromium: Playwright's own
 * browser download cannot work here, and these flags keep a headless run from reaching out.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
