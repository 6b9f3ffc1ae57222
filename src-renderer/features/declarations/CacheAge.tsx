import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { getLastSyncAt, useLiveQuery } from '../../db';
import { formatAge, formatDateTime } from '../../i18n';
import { useLanguage, useSyncStatus } from '../../state';

const TICK_MS = 30_000;

/**
 * "Copy on this device as of 14:02 (3 hours ago)": how old the officer's copy of the post is, said
 * louder when offline, when a colleague's newer decision may not be here yet.
 */
export function CacheAge({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { db } = useServices();
  const { online } = useSyncStatus();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const lastSync = useLiveQuery(useCallback(() => getLastSyncAt(db, postId), [db, postId]));
  if (lastSync.status !== 'ready' || lastSync.value === null) return null;
  const words = {
    time: formatDateTime(lastSync.value, language),
    age: formatAge(lastSync.value, now, language),
  };
  return (
    <p
      className={online ? 'muted cache-age' : 'warning-text cache-age'}
      data-testid="cache-age"
      data-online={online}
    >
      {t(online ? 'detail.cacheAge' : 'detail.cacheAgeOffline', words)}
    </p>
  );
}
