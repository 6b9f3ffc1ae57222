import { describe, expect, it } from 'vitest';
import { chordOf, NO_SEQUENCE, SEQUENCE_TIMEOUT_MS, stepSequence, type KeyPress } from './key-sequence';
import { APP_SHORTCUTS, chordLabel, SHORTCUTS } from './shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...extra,
});

/** Types chords one after the other, `gap` ms apart, and returns what each completed. */
function typeChords(chords: string[], gap = 100) {
  let state = NO_SEQUENCE;
  return chords.map((chord, index) => {
    const step = stepSequence(APP_SHORTCUTS, state, chord, 1000 + index * gap);
    state = step.state;
    return step.match;
  });
}

describe('chordOf', () => {
  it('names printable keys, named keys and Ctrl chords the way the table writes them', () => {
    expect([
      chordOf(press('/')),
      chordOf(press('?', { shiftKey: true })),
      chordOf(press('Escape')),
      chordOf(press('F2')),
      chordOf(press('K', { ctrlKey: true, shiftKey: true, code: 'KeyK' })),
      chordOf(press('k', { metaKey: true, code: 'KeyK' })),
      chordOf(press('Shift', { shiftKey: true })),
      chordOf(press('g', { altKey: true })),
    ]).toEqual(['/', '?', 'Escape', 'F2', 'Ctrl+k', 'Ctrl+k', null, null]);
  });

  it('reads letters by their key position while the Korean IME turns them into jamo', () => {
    expect([
      chordOf(press('ㅎ', { code: 'KeyG' })),
      chordOf(press('Process', { code: 'KeyW' })),
      chordOf(press('ㅋ', { code: 'KeyK', ctrlKey: true })),
    ]).toEqual(['g', 'w', 'Ctrl+k']);
  });
});

describe('stepSequence', () => {
  it('matches single keys and two-key sequences from the table', () => {
    expect(typeChords(['/', '?', 'g', 'w', 'g', 'a', 'F2', 'Ctrl+k'])).toEqual([
      'search',
      'help',
      null,
      'goWorklist',
      null,
      'goAttention',
      'openByNumber',
      'openByNumber',
    ]);
  });

  it('consumes the first key of a sequence so the browser does not act on it', () => {
    expect(stepSequence(APP_SHORTCUTS, NO_SEQUENCE, 'g', 0)).toEqual({
      state: { chords: ['g'], at: 0 },
      match: null,
      consumed: true,
    });
  });

  it('forgets a sequence the officer did not finish in time', () => {
    expect(typeChords(['g', 'w'], SEQUENCE_TIMEOUT_MS + 1)).toEqual([null, null]);
  });

  it('tries a key that breaks a sequence on its own', () => {
    expect(typeChords(['g', '/'])).toEqual([null, 'search']);
  });

  it('leaves keys that are no shortcut to the page', () => {
    expect(stepSequence(APP_SHORTCUTS, NO_SEQUENCE, 'x', 0)).toEqual({
      state: NO_SEQUENCE,
      match: null,
      consumed: false,
    });
  });

  it("does not act on the worklist table's own keys, which the table handles", () => {
    expect(typeChords(['j', 'k', 'ArrowDown', 'Enter'])).toEqual([null, null, null, null]);
  });
});

describe('the shortcut table', () => {
  it('binds no key sequence to two shortcuts the app handles', () => {
    const bindings = APP_SHORTCUTS.flatMap((shortcut) => shortcut.bindings.map((b) => b.join(' ')));
    expect(new Set(bindings).size).toBe(bindings.length);
  });

  it('describes every shortcut in both languages', () => {
    const undescribed = SHORTCUTS.filter(
      (s) => s.description.en.trim() === '' || s.description.ko.trim() === '',
    );
    expect(undescribed).toEqual([]);
  });

  it('prints key caps the way keyboards label them', () => {
    expect(['Ctrl+k', 'Escape', 'ArrowDown', '?'].map((chord) => chordLabel(chord))).toEqual([
      'Ctrl+K',
      'Esc',
      '↓',
      '?',
    ]);
  });
});
