import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { ShortcutsButton } from '../features/keyboard';
import { OpenByNumberField } from '../features/quick-open';
import { useAuth, useOutboxStatus, usePosts, useSelectedPost } from '../state';
import { DemoBadge } from '../ui/DemoBadge';
import { LanguageSwitch } from './LanguageSwitch';
import { PostName } from './PostName';
import { useServices } from './services';

export function Header() {
  const { t } = useTranslation();
  const post = useSelectedPost();
  const { session, signOut } = useAuth();
  const { needsAttention } = useOutboxStatus();
  const navigate = useNavigate();
  const { auth, deviceId } = useServices();
  // Numbers are looked up in the selected post's local copy: without one there is nothing to open.
  const { selectedPostId } = usePosts();

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
        <NavLink to="/attention">{t('outbox.attention', { count: needsAttention })}</NavLink>
        <NavLink to="/tariff">{t('nav.tariff')}</NavLink>
        {/* The supervisor's queue is a supervisor's work: other roles are not offered it. */}
        {session?.officer.role === 'supervisor' && <NavLink to="/supervisor">{t('supervisor.nav')}</NavLink>}
      </nav>
      <div className="header-controls">
        {selectedPostId !== null && <OpenByNumberField />}
        <ShortcutsButton />
        {post?.demo && <DemoBadge />}
        <PostName />
        <LanguageSwitch />
        {session ? (
          <button
            type="button"
            onClick={() => {
              // The device forgets the session at once; the server is told when it can be reached.
              if (auth && deviceId) void auth.logout(session.refreshToken, deviceId);
              signOut(false);
              void navigate('/sign-in');
            }}
            title={session.officer.displayName}
          >
            {t('session.signOut')}
          </button>
        ) : (
          <NavLink to="/sign-in">{t('session.signIn')}</NavLink>
        )}
      </div>
    </header>
  );
}
