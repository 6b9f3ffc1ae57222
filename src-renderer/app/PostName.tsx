import { useTranslation } from 'react-i18next';
import { useSelectedPost } from '../state';

/** The post this device works for: the signed-in officer's, never a choice made on this screen. */
export function PostName() {
  const { t, i18n } = useTranslation();
  const post = useSelectedPost();

  if (!post) return <span className="post-select-empty">{t('nav.noPosts')}</span>;

  return (
    <span className="header-field" data-testid="post-name" data-post-id={post.id}>
      <span className="header-field-label">{t('nav.post')}</span>
      {/* Korean officers know their 세관 by its Korean name, everyone else by the English one. */}
      <span>{`${i18n.language === 'ko' ? post.nameLocal : post.name} (${post.officeCode})`}</span>
    </span>
  );
}
