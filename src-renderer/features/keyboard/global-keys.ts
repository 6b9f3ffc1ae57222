import { NO_SCAN, stepScan, type ScanKey, type ScanState } from './scan-buffer';
import { chordOf, layoutChar, NO_SEQUENCE, stepSequence, type SequenceState } from './key-sequence';
import { isModalOpen, isTextEntry } from './focus-target';
import { APP_SHORTCUTS, type ShortcutId } from './shortcuts';

export type GlobalKeyHandlers = {
  /** A shortcut of the table; `field` is the text field it was typed in, if any. */
  onShortcut: (id: ShortcutId, field: HTMLElement | null) => void;
  /** A number a barcode scanner typed with no text field focused. */
  onScan: (number: string) => void;
};

const SCAN_CHAR = /^[A-Za-z0-9-]$/;

/** What a key is to the scanner; null for keys a scanner sends between characters (Shift). */
function scanKeyOf(event: KeyboardEvent): ScanKey | null {
  if (event.key === 'Shift') return null;
  // Auto-repeat is a held key (j j j down the worklist), never a scanner.
  if (event.repeat || event.ctrlKey || event.metaKey || event.altKey) return { kind: 'other' };
  if (event.key === 'Enter') return { kind: 'enter' };
  const char = layoutChar(event);
  return char !== null && SCAN_CHAR.test(char) ? { kind: 'char', char } : { kind: 'other' };
}

/**
 * Listens to every key of the window and returns the function that stops listening. Two phases:
 * the scanner listens first (capture), so the Enter that ends a scan opens the declaration and not
 * also the focused button or worklist row; shortcuts listen last (bubble), so a screen or dialog
 * that handles a key itself (and prevents its default) keeps it.
 */
export function listenToGlobalKeys(win: Window, handlers: GlobalKeyHandlers): () => void {
  let scan: ScanState = NO_SCAN;
  let sequence: SequenceState = NO_SEQUENCE;
  const scannedKeys = new WeakSet<Event>();

  const onCapture = (event: KeyboardEvent) => {
    if (isTextEntry(event.target) || isModalOpen(win.document)) {
      scan = NO_SCAN;
      return;
    }
    const key = scanKeyOf(event);
    if (key === null) return;
    const step = stepScan(scan, key, event.timeStamp);
    scan = step.state;
    if (step.inBurst) scannedKeys.add(event);
    if (step.scanned === null) return;
    event.preventDefault();
    event.stopPropagation();
    sequence = NO_SEQUENCE;
    handlers.onScan(step.scanned);
  };

  const onBubble = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || scannedKeys.has(event)) return;
    if (isModalOpen(win.document)) return;
    const chord = chordOf(event);
    if (chord === null) return;
    const field = isTextEntry(event.target) && event.target instanceof HTMLElement ? event.target : null;
    const shortcuts = field ? APP_SHORTCUTS.filter((shortcut) => shortcut.inFields) : APP_SHORTCUTS;
    const step = stepSequence(shortcuts, sequence, chord, event.timeStamp);
    sequence = step.state;
    if (step.consumed) event.preventDefault();
    if (step.match === null) return;
    // Keys that made a shortcut were no scan: the next quick key starts a burst of its own.
    scan = NO_SCAN;
    handlers.onShortcut(step.match, field);
  };

  win.addEventListener('keydown', onCapture, true);
  win.addEventListener('keydown', onBubble);
  return () => {
    win.removeEventListener('keydown', onCapture, true);
    win.removeEventListener('keydown', onBubble);
  };
}
