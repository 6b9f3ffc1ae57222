import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionKind } from '@shared/domain';
import type { DecisionForm as Form } from '../../sync';

const KINDS = DecisionKind.options;

/** Kind, reason code and note; `onSave` answers an error text, or null when saved. */
export function DecisionForm({
  onSave,
  initialKind = 'release',
}: {
  onSave: (form: Form) => Promise<string | null>;
  initialKind?: Form['kind'];
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Form['kind']>(initialKind);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const reasonCode = reason.trim() === '' ? null : reason.trim();
    // The server refuses a rejection without a reason (REASON_REQUIRED): say so before saving.
    if (kind === 'reject' && reasonCode === null) {
      setMessage({ error: true, text: t('decide.errors.REASON_REQUIRED') });
      return;
    }
    setBusy(true);
    const error = await onSave({ kind, reasonCode, note });
    setBusy(false);
    setMessage(error === null ? { error: false, text: t('decide.saved') } : { error: true, text: error });
    if (error === null) {
      setReason('');
      setNote('');
    }
  }

  return (
    <form className="decision-form" onSubmit={(event) => void submit(event)}>
      <label>
        {t('decide.kind')}
        <select
          name="kind"
          value={kind}
          onChange={(event) => {
            const parsed = DecisionKind.safeParse(event.target.value);
            if (parsed.success) setKind(parsed.data);
          }}
        >
          {KINDS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`decide.kinds.${candidate}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('decide.reason')}
        <input
          name="reason"
          maxLength={32}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <label>
        {t('decide.note')}
        <textarea
          name="note"
          maxLength={4000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <button type="submit" disabled={busy}>
        {t('decide.save')}
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'saved-text'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
