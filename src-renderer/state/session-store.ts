import { create } from 'zustand';
import type { HostInfo } from '@shared/ipc';
import type { CachedPost } from '../db';
import type { Language } from '../i18n';

export type PostsSource = 'server' | 'cache';

export type SessionState = {
  hostInfo: HostInfo | null;
  language: Language;
  posts: CachedPost[];
  /**
   * Where `posts` came from: the cache when the server could not be reached or nobody is signed
   * in; null until the first load has finished.
   */
  postsSource: PostsSource | null;
  selectedPostId: string | null;
  setHostInfo: (hostInfo: HostInfo) => void;
  setLanguage: (language: Language) => void;
  setPosts: (posts: CachedPost[], source: PostsSource) => void;
  selectPost: (postId: string | null) => void;
};

export const useSessionStore = create<SessionState>()((set) => ({
  hostInfo: null,
  language: 'en',
  posts: [],
  postsSource: null,
  selectedPostId: null,
  setHostInfo: (hostInfo) => set({ hostInfo }),
  setLanguage: (language) => set({ language }),
  setPosts: (posts, postsSource) => set({ posts, postsSource }),
  selectPost: (selectedPostId) => set({ selectedPostId }),
}));
