import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The last step before a decision is saved: what will happen, in words, with Confirm and Cancel.
 * Esc cancels, as Cancel does, and the form keeps what the officer entered. Confirm has the focus,
 * so Enter confirms from the keyboard.
 */
export function ConfirmDecision({
  text,
  busy,
  onConfirm,
  onCancel,
}: {
  text: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="decide-confirm-title"
      aria-describedby="decide-confirm-text"
      className="decide-confirm"
      data-testid="decide-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id="decide-confirm-title">{t('workflow.confirm.title')}</h3>
      <p id="decide-confirm-text" data-testid="decide-confirm-text">
        {text}
      </p>
      <div className="button-row">
        <button type="button" ref={confirm} disabled={busy} onClick={onConfirm}>
          {t('workflow.confirm.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('workflow.confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
