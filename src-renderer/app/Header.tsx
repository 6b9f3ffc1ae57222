import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSelectedPost } from '../state';
import { DemoBadge } from '../ui/DemoBadge';
import { LanguageSwitch } from './LanguageSwitch';
import { PostSelect } from './PostSelect';

export function Header() {
  const { t } = useTranslation();
  const post = useSelectedPost();

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <nav className="app-nav">
        <NavLink to="/" end>
          {t('nav.worklist')}
        </NavLink>
      </nav>
      <div className="header-controls">
        {post?.demo && <DemoBadge />}
        <PostSelect />
        <LanguageSwitch />
      </div>
    </header>
  );
}
