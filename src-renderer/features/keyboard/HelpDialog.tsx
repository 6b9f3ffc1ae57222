import { Fragment, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../state';
import { trapTab } from './focus-target';
import { chordLabel, SHORTCUTS, type Shortcut } from './shortcuts';

/** One binding as key caps: 'g' then 'w'. */
function Binding({ chords }: { chords: readonly string[] }) {
  const { t } = useTranslation();
  return chords.map((chord, index) => (
    <Fragment key={chord}>
      {index > 0 && <span className="key-then"> {t('keyboard.then')} </span>}
      <kbd>{chordLabel(chord)}</kbd>
    </Fragment>
  ));
}

function ShortcutRows({ shortcuts }: { shortcuts: readonly Shortcut[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return shortcuts.map((shortcut) => (
    <tr key={shortcut.id} data-shortcut-id={shortcut.id}>
      <td className="shortcut-keys">
        {shortcut.bindings.map((chords, index) => (
          <Fragment key={chords.join(' ')}>
            {index > 0 && <span className="key-then"> {t('keyboard.or')} </span>}
            <Binding chords={chords} />
          </Fragment>
        ))}
      </td>
      <td>{shortcut.description[language]}</td>
    </tr>
  ));
}

/**
 * Every shortcut of the table, in a native modal dialog: the page behind is inert, Tab stays
 * inside, Esc closes it (the browser's own), and focus goes back to where it was before.
 */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const global = SHORTCUTS.filter((shortcut) => shortcut.handledBy !== 'worklist');
  const worklist = SHORTCUTS.filter((shortcut) => shortcut.handledBy === 'worklist');
  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby="help-dialog-title"
      onKeyDown={(event) => {
        if (dialog.current) trapTab(dialog.current, event);
      }}
      onClose={() => {
        onClose();
        returnFocusTo.current?.focus();
        returnFocusTo.current = null;
      }}
    >
      <div className="help-dialog-head">
        <h2 id="help-dialog-title">{t('keyboard.title')}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('keyboard.close')}
        </button>
      </div>
      {open && (
        <table className="shortcut-table">
          <thead>
            <tr>
              <th scope="col">{t('keyboard.keys')}</th>
              <th scope="col">{t('keyboard.action')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="colgroup" colSpan={2}>
                {t('keyboard.anywhere')}
              </th>
            </tr>
            <ShortcutRows shortcuts={global} />
            <tr>
              <th scope="colgroup" colSpan={2}>
                {t('keyboard.inWorklist')}
              </th>
            </tr>
            <ShortcutRows shortcuts={worklist} />
          </tbody>
        </table>
      )}
    </dialog>
  );
}
