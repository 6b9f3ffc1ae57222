import './quick-open.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuickOpen } from './QuickOpen';

/**
 * The header's "open by number" field (Ctrl+K or F2 from anywhere): type or scan a declaration
 * number and press Enter. A number that is not in the local copy stays in the field, selected, with
 * a message naming it, so the officer can correct it or scan again over it.
 */
export function OpenByNumberField() {
  const { t } = useTranslation();
  const { draft, setDraft, notFound, open } = useQuickOpen();
  const messageId = useId();
  return (
    <form
      className="open-by-number"
      role="search"
      aria-label={t('quickOpen.label')}
      onSubmit={(event) => {
        event.preventDefault();
        const input = event.currentTarget.elements.namedItem('number');
        void open(draft).then(() => {
          if (input instanceof HTMLInputElement && input.value !== '') input.select();
        });
      }}
    >
      <input
        name="number"
        type="search"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        aria-label={t('quickOpen.label')}
        aria-keyshortcuts="Control+K F2"
        aria-describedby={notFound === null ? undefined : messageId}
        aria-invalid={notFound !== null}
        placeholder={t('quickOpen.placeholder')}
        autoComplete="off"
        spellCheck={false}
        data-shortcut="open-by-number"
      />
      <p id={messageId} className="open-by-number-message" role="status">
        {notFound === null ? '' : t('quickOpen.notFound', { number: notFound })}
      </p>
    </form>
  );
}
