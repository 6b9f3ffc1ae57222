import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLanguage } from '../i18n';
import { trackOnlineStatus, useLanguage, usePosts } from '../state';
import { useServices } from './services';
import { loadPosts, refresh, syncPost } from './sync-controller';

/** Wires the app's effects: language → document, posts at start, download on post change. */
export function useStartup(): void {
  const services = useServices();
  const language = useLanguage();
  const { i18n } = useTranslation();
  const { selectedPostId } = usePosts();

  useEffect(() => {
    void applyLanguage(i18n, language, document);
  }, [i18n, language]);

  useEffect(() => {
    void loadPosts(services, localStorage);
    const untrack = trackOnlineStatus(window);
    // Coming back online is the moment to retry what failed while offline.
    const onOnline = (): void => void refresh(services, localStorage);
    window.addEventListener('online', onOnline);
    return () => {
      untrack();
      window.removeEventListener('online', onOnline);
    };
  }, [services]);

  useEffect(() => {
    if (selectedPostId) void syncPost(services, selectedPostId);
  }, [services, selectedPostId]);
}
