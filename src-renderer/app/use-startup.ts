import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLanguage } from '../i18n';
import { trackOnlineStatus, useLanguage, usePosts, useSession } from '../state';
import { useServices } from './services';
import { openCachedPost, openOfficerPost, refresh, syncPost } from './sync-controller';

/**
 * Wires the app's effects: language → document; the signed-in officer's post (or, with nobody
 * signed in, the cached one); its download once someone is signed in.
 */
export function useStartup(): void {
  const services = useServices();
  const language = useLanguage();
  const { i18n } = useTranslation();
  const { selectedPostId } = usePosts();
  const officerPostId = useSession()?.officer.postId ?? null;

  useEffect(() => {
    void applyLanguage(i18n, language, document);
  }, [i18n, language]);

  useEffect(() => {
    const untrack = trackOnlineStatus(window);
    // Coming back online is the moment to retry what failed while offline.
    const onOnline = (): void => void refresh(services);
    window.addEventListener('online', onOnline);
    return () => {
      untrack();
      window.removeEventListener('online', onOnline);
    };
  }, [services]);

  useEffect(() => {
    if (officerPostId) void openOfficerPost(services, officerPostId, localStorage);
    else void openCachedPost(services, localStorage);
  }, [services, officerPostId]);

  useEffect(() => {
    if (officerPostId && selectedPostId === officerPostId) void syncPost(services, officerPostId);
  }, [services, officerPostId, selectedPostId]);
}
