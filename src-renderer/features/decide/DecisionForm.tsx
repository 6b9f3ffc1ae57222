import './decide.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeEntry } from '@shared/api/reference-v1';
import { DecisionKind, type Officer } from '@shared/domain';
import type { AssessmentClaim } from '@shared/domain/assessment-claim';
import type { DecisionDetails } from '@shared/domain/decision-details';
import { isReasonRequired, unsecuredReleaseProblem } from '@shared/domain/decision-rules';
import { kindsForRole, roleMayDecide, type Actor } from '@shared/domain/role-matrix';
import { REASON_CODES } from '@shared/domain/reason-codes';
import type { Payment } from '@shared/domain/payment';
import { formatDecimalString } from '../../i18n';
import { useLanguage } from '../../state';
import type { DecisionForm as Form } from '../../sync';
import { confirmationText } from './confirmation';
import { ConfirmDecision } from './ConfirmDecision';
import { detailsMissing, initialDetails } from './details-state';
import { KindDetails, type DetailsTarget } from './KindDetails';
import { UndoOffer, type SavedDecision } from './UndoOffer';

/** Without a signed-in actor (a re-decision form): the decisions on the goods, which carry no details. */
const GOODS_KINDS: readonly DecisionKind[] = ['release', 'hold', 'inspect', 'reassess', 'refer', 'reject'];
const NO_TARGET: DetailsTarget = { reference: '', lane: null, documents: [], assignedTo: null };

/**
 * Kind, reason code and note; `onSave` answers an error text, or null when saved. The reason is
 * picked from the codes pack's list for the kind (`reasonCodes`), or the built-in list the pack is
 * made from while no pack is on the device: never free text, which the centre would refuse
 * (REASON_UNKNOWN). A hold, referral or rejection needs one (isReasonRequired). A `reassess` carries
 * `assessment`, the corrected assessment the officer saw, and is refused without one.
 */
export function DecisionForm({
  onSave,
  initialKind = 'release',
  reasonCodes = {},
  assessment = null,
  payment,
  opening = false,
  actor,
  officers = [],
  target = NO_TARGET,
}: {
  /** Who decides: the kinds offered are the ones the role matrix lets them start. */
  actor?: Actor;
  /** The post's officers, whom a supervisor may assign. */
  officers?: readonly Officer[];
  /** The declaration decided on, as the details and the confirmation name it. */
  target?: DetailsTarget;
  /**
   * The device's records are still opening (the sync runtime starts after the first download):
   * the form keeps what the officer enters and Save waits, rather than answering an error.
   */
  opening?: boolean;
  onSave: (form: Form) => Promise<string | null>;
  /** The declaration's payment state: a release of unsecured duty needs a recorded basis. */
  payment?: Payment | undefined;
  initialKind?: Form['kind'];
  reasonCodes?: Record<string, CodeEntry[]>;
  assessment?: AssessmentClaim | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kinds = actor === undefined ? GOODS_KINDS : kindsForRole(actor.role);
  const [kind, setKind] = useState<Form['kind']>(
    kinds.includes(initialKind) ? initialKind : (kinds[0] ?? initialKind),
  );
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [details, setDetails] = useState<DecisionDetails>(() => initialDetails(kind, target, actor));
  /** The decision waiting for the officer's confirmation, with the sentence that says what it does. */
  const [confirming, setConfirming] = useState<{ form: Form; text: string } | null>(null);
  const [saved, setSaved] = useState<SavedDecision | null>(null);
  const nameOf = (officerId: string) =>
    officers.find((officer) => officer.id === officerId)?.displayName ?? officerId;
  const codes: readonly CodeEntry[] =
    reasonCodes[kind] ?? REASON_CODES[kind].map(({ code, en, ko }) => ({ code, en, local: ko }));
  const required = isReasonRequired(kind);
  const unsecuredText =
    payment?.status === 'due'
      ? t('decide.errors.DUTY_UNSECURED', {
          amount: formatDecimalString(payment.amount, language),
          currency: payment.currency,
        })
      : '';
  const warnUnsecured =
    kind === 'release' &&
    payment?.status === 'due' &&
    unsecuredReleaseProblem({ kind, reasonCode: null, note: '' }, { payment }) !== null;
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const reasonCode = reason.trim() === '' ? null : reason.trim();
    // The centre refuses a hold, referral or rejection without a reason (REASON_REQUIRED): say so first.
    if (required && reasonCode === null) {
      setMessage({
        error: true,
        text: t('decide.errors.REASON_REQUIRED', { kind: t(`decide.kinds.${kind}`) }),
      });
      return;
    }
    // The centre refuses a release of unsecured duty without a basis (DUTY_UNSECURED): say so first.
    if (
      payment?.status === 'due' &&
      unsecuredReleaseProblem({ kind, reasonCode, note }, { payment }) !== null
    ) {
      setMessage({ error: true, text: unsecuredText });
      return;
    }
    if (kind === 'reassess' && assessment === null) {
      setMessage({ error: true, text: t('assessment.decide.needsAssessment') });
      return;
    }
    const missing = detailsMissing(kind, details, target);
    if (missing !== null) {
      setMessage({ error: true, text: t(`workflow.errors.${missing}`) });
      return;
    }
    const form: Form = {
      kind,
      reasonCode,
      note,
      ...(kind === 'reassess' && assessment !== null ? { assessment } : {}),
      ...details,
    };
    setMessage(null);
    setConfirming({ form, text: confirmationText(t, form, target, nameOf) });
  }

  /** The officer confirmed: the decision is saved, and an undo offered where the rules have one. */
  async function save(form: Form): Promise<void> {
    setBusy(true);
    const error = await onSave(form);
    setBusy(false);
    setConfirming(null);
    setMessage(error === null ? { error: false, text: t('decide.saved') } : { error: true, text: error });
    if (error === null) {
      setSaved({ decision: form, before: target });
      setReason('');
      setNote('');
    }
  }

  function choose(next: Form['kind'], nextDetails?: DecisionDetails): void {
    setKind(next);
    setReason('');
    setDetails(nextDetails ?? initialDetails(next, target, actor));
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
            if (parsed.success) choose(parsed.data);
          }}
        >
          {kinds.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`decide.kinds.${candidate}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('decide.reason')}
        <select
          name="reason"
          value={reason}
          aria-required={required}
          onChange={(event) => setReason(event.target.value)}
        >
          <option value="">{t(required ? 'decide.chooseReason' : 'assessment.decide.noReason')}</option>
          {codes.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {`${entry.code} — ${language === 'ko' ? (entry.local ?? entry.en) : entry.en}`}
            </option>
          ))}
        </select>
      </label>
      {actor !== undefined && (
        <KindDetails
          kind={kind}
          details={details}
          onChange={setDetails}
          actor={actor}
          officers={officers}
          target={target}
        />
      )}
      {warnUnsecured && (
        <p className="warning-text" data-testid="decide-unsecured">
          {unsecuredText}
        </p>
      )}
      {kind === 'reassess' && assessment !== null && (
        <p className="muted" data-testid="decide-carries-assessment">
          {t('assessment.decide.carries', {
            payable: formatDecimalString(assessment.figures.payable, language),
            currency: assessment.figures.currency,
            count: assessment.corrections.length,
          })}
        </p>
      )}
      <label>
        {t('decide.note')}
        <textarea
          name="note"
          maxLength={4000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <button type="submit" disabled={busy || opening || confirming !== null}>
        {t('decide.save')}
      </button>
      {confirming && (
        <ConfirmDecision
          text={confirming.text}
          busy={busy}
          onConfirm={() => void save(confirming.form)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {opening && (
        <p className="muted" role="status" data-testid="decide-opening">
          {t('decide.opening')}
        </p>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'saved-text'}>
          {message.text}
        </p>
      )}
      {saved && !message?.error && (
        <UndoOffer
          saved={saved}
          mayDecide={(candidate) => actor !== undefined && roleMayDecide(actor.role, candidate)}
          onUndo={(inverse) => {
            const { kind: inverseKind, ...inverseDetails } = inverse;
            choose(inverseKind, inverseDetails);
            setSaved(null);
            setMessage({ error: false, text: t('workflow.undo.prepared') });
          }}
        />
      )}
    </form>
  );
}
