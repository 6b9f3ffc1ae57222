import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionCommand } from '@shared/domain';

/** The first line of a Needs attention item: which declaration, which decision, and why it is here. */
export function AttentionSubject({ command, children }: { command: DecisionCommand; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <p>
      <span className="mono">{command.declarationId}</span> · {t(`decide.kinds.${command.kind}`)} · {children}
    </p>
  );
}
