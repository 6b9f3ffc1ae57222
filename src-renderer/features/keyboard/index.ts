export { KeyboardShortcuts, useOpenShortcutHelp } from './KeyboardShortcuts';
export { ShortcutsButton } from './ShortcutsButton';
export { SHORTCUTS, type Shortcut, type ShortcutId } from './shortcuts';
