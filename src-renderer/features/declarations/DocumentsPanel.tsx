import { useTranslation } from 'react-i18next';
import type { Declaration } from '@shared/domain';
import { formatDateTime } from '../../i18n';
import { useLanguage } from '../../state';
import { useOfficerName } from '../attention/use-officer-name';
import { documentCheckMarks, documentKey } from './decision-timeline';
import { useDecisionTimeline } from './use-decision-timeline';

/**
 * The supporting documents with what the newest documentary check found for each (seen, missing,
 * discrepant), who recorded it and when; "not checked" until a check-documents decision names it,
 * and marked while this device's check is not yet confirmed by the centre.
 */
export function DocumentsPanel({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameOf = useOfficerName();
  const marks = documentCheckMarks(useDecisionTimeline(declaration.id));
  return (
    <section className="panel" data-testid="documents">
      <h2>{t('detail.documents')}</h2>
      {declaration.documents.length === 0 ? (
        <p className="muted">{t('detail.noDocuments')}</p>
      ) : (
        <table className="data-table compact">
          <thead>
            <tr>
              <th>{t('detail.document.code')}</th>
              <th>{t('detail.document.reference')}</th>
              <th>{t('detail.document.description')}</th>
              <th>{t('detail.document.check')}</th>
            </tr>
          </thead>
          <tbody>
            {declaration.documents.map((document) => {
              const mark = marks.get(documentKey(document.code, document.reference));
              return (
                <tr
                  key={`${document.code}-${document.reference}`}
                  data-document={`${document.code} ${document.reference}`}
                  data-check={mark?.state ?? 'unchecked'}
                >
                  <td className="mono">{document.code}</td>
                  <td className="mono">{document.reference}</td>
                  <td>{document.description}</td>
                  <td>
                    {mark === undefined ? (
                      <span className="muted">{t('detail.document.unchecked')}</span>
                    ) : (
                      <>
                        <span className={`check-badge check-${mark.state}`}>
                          {t(`workflow.states.${mark.state}`)}
                        </span>{' '}
                        <span className="muted">
                          {t(mark.pending ? 'detail.document.checkedPending' : 'detail.document.checkedBy', {
                            name: nameOf(mark.officerId),
                            time: formatDateTime(mark.at, language),
                          })}
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
