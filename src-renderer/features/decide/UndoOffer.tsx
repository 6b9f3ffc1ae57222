import { useTranslation } from 'react-i18next';
import type { DecisionKind } from '@shared/domain';
import type { DecisionDetails } from '@shared/domain/decision-details';
import { undoOf } from '@shared/domain/decision-undo';
import type { DetailsTarget } from './KindDetails';

export type SavedDecision = { decision: { kind: DecisionKind } & DecisionDetails; before: DetailsTarget };

/**
 * After a save: undo is a new decision, never an edit. Where the rules have an inverse (assign
 * back, route back) and the officer's role may decide it, "Undo" puts it in the form to confirm
 * like any decision; otherwise a sentence says why there is nothing to undo.
 */
export function UndoOffer({
  saved,
  mayDecide,
  onUndo,
}: {
  saved: SavedDecision;
  mayDecide: (kind: DecisionKind) => boolean;
  onUndo: (inverse: { kind: DecisionKind } & DecisionDetails) => void;
}) {
  const { t } = useTranslation();
  const undo = undoOf(saved.decision, saved.before);
  if (undo.kind === 'inverse' && mayDecide(undo.decision.kind)) {
    return (
      <button type="button" className="undo-button" onClick={() => onUndo(undo.decision)}>
        {t('workflow.undo.offer')}
      </button>
    );
  }
  const text =
    undo.kind === 'final'
      ? t('workflow.undo.final', { kind: t(`decide.kinds.${saved.decision.kind}`) })
      : t('workflow.undo.later');
  return (
    <p className="muted" data-testid="decide-undo-explained">
      {text}
    </p>
  );
}
