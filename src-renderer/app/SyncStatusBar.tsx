import { useTranslation } from 'react-i18next';
import { formatDateTime, formatInteger } from '../i18n';
import { Link } from 'react-router';
import { useAuth, useLanguage, useOutboxStatus, useSyncStatus } from '../state';
import { syncErrorMessage } from './error-message';
import { useServices } from './services';
import { ReferenceStatus } from './ReferenceStatus';
import { refresh } from './sync-controller';

export function SyncStatusBar() {
  const { t } = useTranslation();
  const language = useLanguage();
  const services = useServices();
  const { online, phase, progress, lastSyncAt, lastError } = useSyncStatus();
  const outbox = useOutboxStatus();
  const { session, expired } = useAuth();

  return (
    <div className="sync-bar" role="status" aria-live="polite" data-phase={phase}>
      <span className={online ? 'pill pill-online' : 'pill pill-offline'}>
        {online ? t('sync.online') : t('sync.offline')}
      </span>

      {phase === 'syncing' && (
        <span className="sync-progress">
          {progress && progress.total > 0 ? (
            <>
              <progress max={progress.total} value={progress.received} aria-label={t('sync.progressLabel')} />
              {t('sync.syncing', {
                received: formatInteger(progress.received, language),
                total: formatInteger(progress.total, language),
              })}
            </>
          ) : (
            t('sync.syncingUnknown')
          )}
        </span>
      )}
      {phase === 'done' && !lastError && <span className="sync-ok">{t('sync.upToDate')}</span>}
      {phase === 'idle' && <span>{t('sync.idle')}</span>}

      <span className="sync-outbox" data-testid="pending-count" data-count={outbox.pending}>
        {outbox.pending === 0 ? t('outbox.allSent') : t('outbox.pending', { count: outbox.pending })}
        {outbox.oldestPendingAt &&
          ` · ${t('outbox.oldestPending', { time: formatDateTime(outbox.oldestPendingAt, language) })}`}
        {outbox.cycling && ` · ${t('outbox.sending')}`}
      </span>

      <ReferenceStatus />

      <span className="sync-last">
        {lastSyncAt
          ? t('sync.lastSync', { time: formatDateTime(lastSyncAt, language) })
          : t('sync.neverSynced')}
      </span>

      {!session && !expired && (
        <span className="sync-note" data-testid="signed-out-notice">
          <Link to="/sign-in">{t('session.notSignedIn')}</Link>
        </span>
      )}

      {expired && (
        <span className="sync-error" role="alert">
          <Link to="/sign-in">{t('session.signedOut')}</Link>
        </span>
      )}

      {lastError && phase !== 'syncing' && (
        <span className="sync-error" role="alert">
          {syncErrorMessage(t, lastError)}
          {lastError.kind === 'http' && lastError.message && (
            <span className="sync-error-detail">
              {t('errors.serverSays', { message: lastError.message })}
            </span>
          )}
          <button type="button" onClick={() => void refresh(services)}>
            {t('sync.retry')}
          </button>
        </span>
      )}
    </div>
  );
}
