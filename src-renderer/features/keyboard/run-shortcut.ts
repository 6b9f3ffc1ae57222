import { assertNever } from '@shared/util/assert-never';
import { focusWhenPresent } from './focus-target';
import type { ShortcutId } from './shortcuts';

export type ShortcutContext = {
  pathname: string;
  navigate: (to: string) => void;
  doc: Document;
  /** The text field the key was typed in (only keys marked `inFields` arrive from one). */
  field: HTMLElement | null;
  openHelp: () => void;
};

/** Where Esc leads from a screen: every screen but the worklist and sign-in goes back to the worklist. */
export function backTarget(pathname: string): string | null {
  return pathname === '/' || pathname === '/sign-in' ? null : '/';
}

/** What each shortcut of the table does, in one place. */
export function runShortcut(id: ShortcutId, context: ShortcutContext): void {
  switch (id) {
    case 'help':
      return context.openHelp();
    case 'search':
      if (context.pathname !== '/') context.navigate('/');
      return focusWhenPresent(context.doc, 'search');
    case 'openByNumber':
      return focusWhenPresent(context.doc, 'open-by-number');
    case 'back': {
      // The first Esc only leaves the field: a half-typed note is never lost to a page change.
      if (context.field) return context.field.blur();
      const target = backTarget(context.pathname);
      if (target !== null) context.navigate(target);
      return;
    }
    case 'goWorklist':
      return context.navigate('/');
    case 'goAttention':
      return context.navigate('/attention');
    case 'goTariff':
      return context.navigate('/tariff');
    // Handled by the scanner and by the worklist table; listed in the table for the help.
    case 'scan':
    case 'rowNext':
    case 'rowPrevious':
    case 'rowOpen':
      return;
    default:
      return assertNever(id, 'shortcut');
  }
}
