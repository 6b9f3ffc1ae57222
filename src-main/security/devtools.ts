/** The part of Electron's WebContents that keeping DevTools shut needs. */
export type DevToolsContents = {
  on(event: 'devtools-opened', listener: () => void): unknown;
  closeDevTools(): void;
};

/** The part of Electron's app.commandLine that spotting a debugger's switches needs. */
export type CommandLine = { hasSwitch(name: string): boolean };

// Chromium's own switches, outside the Electron fuses' reach: each lets another program drive the
// renderer (and read the officer's session) over the DevTools protocol.
const REMOTE_DEBUGGING_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe'] as const;

/**
 * Behind `devTools: false` in a packaged build: should DevTools open anyway (a future call to
 * openDevTools, a WebContents created with other preferences), they are closed at once.
 */
export function closeDevToolsWhenOpened(contents: DevToolsContents): void {
  contents.on('devtools-opened', () => contents.closeDevTools());
}

/** The remote-debugging switch the app was started with, or null. */
export function remoteDebuggingSwitch(commandLine: CommandLine): string | null {
  return REMOTE_DEBUGGING_SWITCHES.find((name) => commandLine.hasSwitch(name)) ?? null;
}
