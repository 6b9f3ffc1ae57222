/** The part of Electron's app that the single-instance lock needs. */
export type SingleInstanceApp = {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
};

/** The part of a BrowserWindow that bringing it forward needs. */
export type FocusableWindow = {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
};

/**
 * Two instances would open the same IndexedDB outbox and journal and race each other's sync, so
 * the second one quits and the first brings its window forward instead. Returns whether this
 * process is the one that keeps running.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  currentWindow: () => FocusableWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = currentWindow();
    if (win === null) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
