import { useTranslation } from 'react-i18next';
import { useOpenShortcutHelp } from './KeyboardShortcuts';

/** The help for mouse users, and the hint that `?` exists. */
export function ShortcutsButton() {
  const { t } = useTranslation();
  const openHelp = useOpenShortcutHelp();
  return (
    <button type="button" className="shortcuts-button" aria-keyshortcuts="?" onClick={openHelp}>
      {t('keyboard.button')} <kbd aria-hidden="true">?</kbd>
    </button>
  );
}
