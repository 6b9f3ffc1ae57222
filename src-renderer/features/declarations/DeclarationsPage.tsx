import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { viewDeclaration } from '@shared/sync';
import { listDeclarationsForPost, listOverlays, useLiveQuery } from '../../db';
import { DemoBadge } from '../../ui/DemoBadge';
import { useServices } from '../../app/services';
import { formatInteger } from '../../i18n';
import { useLanguage, useSelectedPost, useSyncStatus } from '../../state';
import { DeclarationsTable } from './DeclarationsTable';

/** The worklist: the selected post's declarations as the local cache holds them, online or not. */
export function DeclarationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { db, outbox } = useServices();
  const post = useSelectedPost();
  const { phase } = useSyncStatus();
  const postId = post?.id ?? null;
  const query = useCallback(async () => {
    const declarations = postId ? await listDeclarationsForPost(db, postId) : [];
    const overlays = outbox ? await listOverlays(outbox) : [];
    const views = declarations.map((declaration) => viewDeclaration(declaration, overlays));
    return {
      declarations: views.map((view) => ({ ...view.declaration, status: view.status })),
      pendingIds: new Set(views.flatMap((view) => (view.pending ? [view.declaration.id] : []))),
    };
  }, [db, outbox, postId]);
  const result = useLiveQuery(query);

  if (result.status === 'loading') return <p className="empty-state">{t('declarations.loading')}</p>;
  if (result.status === 'error') return <p className="empty-state error-text">{t('errors.storage')}</p>;
  const { declarations, pendingIds } = result.value;

  return (
    <section className="page">
      <div className="page-heading">
        <h1>{t('declarations.title')}</h1>
        <span className="count" data-testid="declaration-count" data-count={declarations.length}>
          {t('declarations.count', {
            count: declarations.length,
            formatted: formatInteger(declarations.length, language),
          })}
        </span>
        {declarations.some((declaration) => declaration.demo) && <DemoBadge />}
      </div>
      {declarations.length === 0 ? (
        <p className="empty-state">
          {phase === 'syncing' ? t('declarations.emptySyncing') : t('declarations.empty')}
        </p>
      ) : (
        <DeclarationsTable declarations={declarations} timeZone={post?.timezone} pendingIds={pendingIds} />
      )}
    </section>
  );
}
