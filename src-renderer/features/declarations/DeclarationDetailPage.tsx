import './declaration-view.css';
import { CacheAge } from './CacheAge';
import { DocumentsPanel } from './DocumentsPanel';
import { ChangesSincePanel } from './ChangesSincePanel';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DeclarationId, type Declaration } from '@shared/domain';
import { getDeclaration, listOverlays, useLiveQuery } from '../../db';
import { viewDeclaration } from '@shared/sync';
import { AssessAndDecide } from '../assessment';
import { useServices } from '../../app/services';
import { formatDate, formatDateTime, formatMoney } from '../../i18n';
import { useLanguage, useSelectedPost } from '../../state';
import { DemoBadge } from '../../ui/DemoBadge';
import { ItemsSection, PartiesSection, RiskSection, TransportSection } from './DetailSections';
import { DecisionHistory } from './DecisionHistory';
import { LaneBadge } from './LaneBadge';
import { StatusBadge } from './StatusBadge';

function HeaderSection({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const post = useSelectedPost();
  const { valuation } = declaration;
  const currency = valuation.invoiceCurrency;
  const none = t('detail.none');
  return (
    <section className="panel">
      <h2>{t('detail.header')}</h2>
      <dl className="fields">
        <dt>{t('declarations.columns.registeredAt')}</dt>
        <dd>{formatDateTime(declaration.registeredAt, language, post?.timezone)}</dd>
        <dt>{t('detail.acceptanceDate')}</dt>
        <dd>{formatDate(declaration.acceptanceDate, language)}</dd>
        <dt>{t('declarations.columns.direction')}</dt>
        <dd>{`${t(`direction.${declaration.direction}`)} · ${declaration.typeCode}`}</dd>
        <dt>{t('detail.jurisdiction')}</dt>
        <dd>{t(`jurisdiction.${declaration.jurisdiction}`)}</dd>
        <dt>{t('declarations.columns.riskScore')}</dt>
        <dd>{declaration.riskScore}</dd>
        <dt>{t('detail.version')}</dt>
        <dd>{declaration.version}</dd>
        <dt>{t('detail.invoiceTotal')}</dt>
        <dd>{formatMoney(valuation.invoiceTotal, currency, language)}</dd>
        <dt>{t('detail.incoterm')}</dt>
        <dd>{`${valuation.incoterm} ${valuation.incotermPlace}`.trim()}</dd>
        <dt>{t('detail.freight')}</dt>
        <dd>{valuation.freight ? formatMoney(valuation.freight, currency, language) : none}</dd>
        <dt>{t('detail.insurance')}</dt>
        <dd>{valuation.insurance ? formatMoney(valuation.insurance, currency, language) : none}</dd>
      </dl>
    </section>
  );
}

/** One declaration from the cache, with any unconfirmed decision of this device laid over it. */
export function DeclarationDetailPage() {
  const { t } = useTranslation();
  const { db, outbox } = useServices();
  const { id } = useParams();
  const parsedId = DeclarationId.safeParse(id);
  const declarationId = parsedId.success ? parsedId.data : null;
  const query = useCallback(async () => {
    const declaration = declarationId ? await getDeclaration(db, declarationId) : null;
    const overlays = outbox ? await listOverlays(outbox) : [];
    return declaration ? viewDeclaration(declaration, overlays) : null;
  }, [db, outbox, declarationId]);
  // keepLast: a re-query (another declaration opened by number) never unmounts the page's forms.
  const result = useLiveQuery(query, { keepLast: true });

  const back = (
    <Link className="back-link" to="/">
      {t('detail.back')}
    </Link>
  );
  if (result.status === 'loading') return <p className="empty-state">{t('declarations.loading')}</p>;
  if (result.status === 'error') return <p className="empty-state error-text">{t('errors.storage')}</p>;
  const view = result.value;
  if (!view) {
    return (
      <section className="page">
        {back}
        <p className="empty-state">{t('detail.notFound')}</p>
      </section>
    );
  }

  const { declaration } = view;
  // Keyed by declaration: a correction or a half-filled decision never carries over to another one.
  return (
    <section className="page detail" key={declaration.id}>
      {back}
      <div className="page-heading">
        <h1 className="mono">{declaration.reference}</h1>
        <LaneBadge lane={declaration.lane} />
        <StatusBadge status={view.status} />
        {view.pending && (
          <span className="pending-marker" data-testid="pending-marker">
            {t('outbox.pendingMarker')}
          </span>
        )}
        {declaration.demo && <DemoBadge />}
      </div>
      <CacheAge postId={declaration.postId} />
      <ChangesSincePanel declaration={declaration} />
      <AssessAndDecide declaration={declaration} />
      <DecisionHistory declarationId={declaration.id} />
      <div className="detail-grid">
        <HeaderSection declaration={declaration} />
        <TransportSection declaration={declaration} />
      </div>
      <PartiesSection declaration={declaration} />
      <ItemsSection declaration={declaration} />
      <div className="detail-grid">
        <RiskSection declaration={declaration} />
        <DocumentsPanel declaration={declaration} />
      </div>
    </section>
  );
}
