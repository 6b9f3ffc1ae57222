/**
 * Where keys go: the text fields the officer types in (where single-key shortcuts must stay quiet)
 * and the fields the shortcuts focus, named by a `data-shortcut` attribute so the screens that own
 * those fields need not import this feature.
 */

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** True when keys typed at `target` are text (or a select's type-ahead), not commands. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** A modal is open: its own keys (Esc closes it) come first, and nothing behind it may act. */
export function isModalOpen(doc: Document): boolean {
  return doc.querySelector('dialog[open], [aria-modal="true"]') !== null;
}

export type ShortcutTarget = 'search' | 'open-by-number';

export const shortcutSelector = (target: ShortcutTarget) => `[data-shortcut="${target}"]`;

/** Focuses the field and selects its text, so what is typed next replaces it. */
export function focusField(element: HTMLElement): void {
  element.focus();
  if (element instanceof HTMLInputElement) element.select();
}

/**
 * Focuses the field once the screen that has it is rendered (after a navigation), or gives up
 * after `timeoutMs` so a screen without it leaves no observer behind.
 */
export function focusWhenPresent(doc: Document, target: ShortcutTarget, timeoutMs = 2000): void {
  const find = () => doc.querySelector<HTMLElement>(shortcutSelector(target));
  const now = find();
  if (now) return focusField(now);
  const observer = new MutationObserver(() => {
    const element = find();
    if (!element) return;
    stop();
    focusField(element);
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  const stop = () => {
    clearTimeout(timer);
    observer.disconnect();
  };
  observer.observe(doc.body, { childList: true, subtree: true });
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside a modal: the last element's Tab goes to the first, the first's Shift+Tab to the
 * last. Chromium's modal <dialog> makes the page behind inert but lets Tab leave for the browser's
 * own UI, after which focus is nowhere an officer can see it.
 */
export function trapTab(
  container: HTMLElement,
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault'>,
): void {
  if (event.key !== 'Tab') return;
  const focusables = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusables[0];
  const last = focusables.at(-1);
  if (!first || !last) return event.preventDefault();
  const active = container.ownerDocument.activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
