import type { Language } from '../../i18n';

/**
 * A key as the matcher names it: a printable character ('/', '?', 'g'), a named key ('Escape',
 * 'F2', 'ArrowDown', 'Enter') or a chord with Ctrl ('Ctrl+k'). Letters are lower case unless
 * typed with Shift, so 'g' and 'G' are different keys.
 */
export type Chord = string;

export type ShortcutId =
  | 'help'
  | 'search'
  | 'openByNumber'
  | 'back'
  | 'goWorklist'
  | 'goAttention'
  | 'goTariff'
  | 'scan'
  | 'rowNext'
  | 'rowPrevious'
  | 'rowOpen';

export type Shortcut = {
  id: ShortcutId;
  /** Alternative bindings, each a sequence of chords typed one after the other ('g' then 'w'). */
  bindings: readonly (readonly Chord[])[];
  description: Record<Language, string>;
  /**
   * `app`: the global handler acts on it. `worklist`: the worklist table handles it itself and the
   * table is listed here only so the help shows every key. `scanner`: the quick-open scanner.
   */
  handledBy: 'app' | 'worklist' | 'scanner';
  /** Also acts while the officer types in a field: a chord no one types as text. */
  inFields?: boolean;
};

/**
 * Every shortcut of the app, once: the global handler matches keys against this table and the help
 * dialog lists it, so a key cannot work without being documented, nor be documented and not work.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'help',
    bindings: [['?']],
    description: { en: 'Show the keyboard shortcuts', ko: '단축키 목록 보기' },
    handledBy: 'app',
  },
  {
    id: 'search',
    bindings: [['/']],
    description: { en: 'Search the worklist', ko: '심사 목록 검색' },
    handledBy: 'app',
  },
  {
    id: 'openByNumber',
    bindings: [['Ctrl+k'], ['F2']],
    description: { en: 'Open a declaration by its number', ko: '신고번호로 신고 열기' },
    handledBy: 'app',
    inFields: true,
  },
  {
    id: 'scan',
    bindings: [['0…9 A…Z', 'Enter']],
    description: {
      en: 'Scan a declaration number (barcode scanner) to open it',
      ko: '신고번호 바코드를 스캔하여 열기',
    },
    handledBy: 'scanner',
  },
  {
    id: 'back',
    bindings: [['Escape']],
    description: {
      en: 'Close the dialog, leave the field, or go back to the worklist',
      ko: '대화상자 닫기, 입력란 벗어나기, 심사 목록으로 돌아가기',
    },
    handledBy: 'app',
    inFields: true,
  },
  {
    id: 'goWorklist',
    bindings: [['g', 'w']],
    description: { en: 'Go to the worklist', ko: '심사 목록으로 이동' },
    handledBy: 'app',
  },
  {
    id: 'goAttention',
    bindings: [['g', 'a']],
    description: { en: 'Go to needs attention', ko: '확인 필요로 이동' },
    handledBy: 'app',
  },
  {
    id: 'goTariff',
    bindings: [['g', 't']],
    description: { en: 'Go to the tariff search', ko: '관세율표 검색으로 이동' },
    handledBy: 'app',
  },
  {
    id: 'rowNext',
    bindings: [['ArrowDown'], ['j']],
    description: { en: 'Worklist: next declaration', ko: '심사 목록: 다음 신고' },
    handledBy: 'worklist',
  },
  {
    id: 'rowPrevious',
    bindings: [['ArrowUp'], ['k']],
    description: { en: 'Worklist: previous declaration', ko: '심사 목록: 이전 신고' },
    handledBy: 'worklist',
  },
  {
    id: 'rowOpen',
    bindings: [['Enter']],
    description: { en: 'Worklist: open the declaration', ko: '심사 목록: 신고 열기' },
    handledBy: 'worklist',
  },
];

/** The shortcuts the global handler acts on. */
export const APP_SHORTCUTS = SHORTCUTS.filter((shortcut) => shortcut.handledBy === 'app');

/** Korean keyboards print the same Latin names on these keys, so one set serves both languages. */
const KEY_NAMES: Record<string, string> = { Escape: 'Esc', ArrowDown: '↓', ArrowUp: '↑' };

/** How a chord is printed on a key cap: 'Ctrl+k' as 'Ctrl+K', 'Escape' as 'Esc'. */
export function chordLabel(chord: Chord): string {
  const named = KEY_NAMES[chord];
  if (named !== undefined) return named;
  return chord.startsWith('Ctrl+') ? `Ctrl+${chord.slice(5).toUpperCase()}` : chord;
}
