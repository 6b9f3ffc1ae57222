import { useTranslation } from 'react-i18next';
import { formatDateTime, formatInteger } from '../i18n';
import { useLanguage, useSyncStatus } from '../state';
import { syncErrorMessage } from './error-message';
import { useServices } from './services';
import { refresh } from './sync-controller';

export function SyncStatusBar() {
  const { t } = useTranslation();
  const language = useLanguage();
  const services = useServices();
  const { online, phase, progress, lastSyncAt, lastError } = useSyncStatus();

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

      <span className="sync-last">
        {lastSyncAt
          ? t('sync.lastSync', { time: formatDateTime(lastSyncAt, language) })
          : t('sync.neverSynced')}
      </span>

      {lastError && phase !== 'syncing' && (
        <span className="sync-error" role="alert">
          {syncErrorMessage(t, lastError)}
          {lastError.kind === 'http' && lastError.message && (
            <span className="sync-error-detail">
              {t('errors.serverSays', { message: lastError.message })}
            </span>
          )}
          <button type="button" onClick={() => void refresh(services, localStorage)}>
            {t('sync.retry')}
          </button>
        </span>
      )}
    </div>
  );
}
