import type { Chord, Shortcut, ShortcutId } from './shortcuts';

/** The keys that matter to a shortcut, as a keydown event carries them. */
export type KeyPress = {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
};

/**
 * The character a key stands for on a US layout, from its physical position: with the Korean IME
 * in Hangul mode `key` is 'ㅎ' or 'Process' for the G key, and a shortcut must still work.
 */
export function layoutChar(press: Pick<KeyPress, 'key' | 'code' | 'shiftKey'>): string | null {
  if (press.key.length === 1 && press.key.charCodeAt(0) < 0x7f) return press.key;
  const letter = /^Key([A-Z])$/.exec(press.code)?.[1];
  if (letter !== undefined) return press.shiftKey ? letter : letter.toLowerCase();
  const digit = /^Digit(\d)$/.exec(press.code)?.[1];
  if (digit !== undefined && !press.shiftKey) return digit;
  if (press.code === 'Minus' && !press.shiftKey) return '-';
  if (press.code === 'Slash') return press.shiftKey ? '?' : '/';
  return null;
}

/** The chord a key press is, or null for a lone modifier or Alt chord (left to the system). */
export function chordOf(press: KeyPress): Chord | null {
  if (press.altKey || ['Control', 'Meta', 'Shift', 'Alt'].includes(press.key)) return null;
  const char = layoutChar(press);
  // Meta is the Ctrl of macOS; the app treats both alike.
  if (press.ctrlKey || press.metaKey) return char === null ? null : `Ctrl+${char.toLowerCase()}`;
  return char ?? press.key;
}

/** Chords typed so far towards a longer sequence ('g' waiting for 'w'), and when the last came. */
export type SequenceState = { chords: readonly Chord[]; at: number };
export const NO_SEQUENCE: SequenceState = { chords: [], at: 0 };

/** How long a sequence waits for its next key: long enough to read the key cap, short enough to forget. */
export const SEQUENCE_TIMEOUT_MS = 1500;

export type SequenceStep = {
  state: SequenceState;
  /** The shortcut the keys complete, if any. */
  match: ShortcutId | null;
  /** True when the key was a shortcut's or the start of one: the browser should not act on it too. */
  consumed: boolean;
};

const startsWith = (binding: readonly Chord[], prefix: readonly Chord[]) =>
  prefix.length <= binding.length && prefix.every((chord, index) => binding[index] === chord);

/**
 * One key of the officer against the shortcut table. A key that neither completes nor continues
 * the pending sequence is tried on its own, so a stray 'g' never swallows the '/' after it.
 */
export function stepSequence(
  shortcuts: readonly Shortcut[],
  state: SequenceState,
  chord: Chord,
  now: number,
): SequenceStep {
  const pending = now - state.at <= SEQUENCE_TIMEOUT_MS ? state.chords : [];
  const attempts = pending.length > 0 ? [[...pending, chord], [chord]] : [[chord]];
  for (const typed of attempts) {
    const exact = shortcuts.find((shortcut) =>
      shortcut.bindings.some((binding) => binding.length === typed.length && startsWith(binding, typed)),
    );
    if (exact) return { state: NO_SEQUENCE, match: exact.id, consumed: true };
    const continues = shortcuts.some((shortcut) =>
      shortcut.bindings.some((binding) => binding.length > typed.length && startsWith(binding, typed)),
    );
    if (continues) return { state: { chords: typed, at: now }, match: null, consumed: true };
  }
  return { state: NO_SEQUENCE, match: null, consumed: false };
}
