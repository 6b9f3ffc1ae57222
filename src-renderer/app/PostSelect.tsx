import { useTranslation } from 'react-i18next';
import { usePosts, useSessionActions } from '../state';
import { rememberPost } from './post-preference';

export function PostSelect() {
  const { t, i18n } = useTranslation();
  const { posts, selectedPostId } = usePosts();
  const { selectPost } = useSessionActions();

  if (posts.length === 0) return <span className="post-select-empty">{t('nav.noPosts')}</span>;

  return (
    <label className="header-field">
      <span className="header-field-label">{t('nav.post')}</span>
      <select
        value={selectedPostId ?? ''}
        onChange={(event) => {
          selectPost(event.target.value);
          rememberPost(localStorage, event.target.value);
        }}
      >
        {posts.map((post) => (
          <option key={post.id} value={post.id}>
            {/* Korean officers know their 세관 by its Korean name, everyone else by the English one. */}
            {`${i18n.language === 'ko' ? post.nameLocal : post.name} (${post.officeCode})`}
          </option>
        ))}
      </select>
    </label>
  );
}
