import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useServices } from '../../app/services';
import { useAuth } from '../../state';
import type { AuthError } from '../../sync';

function errorText(t: ReturnType<typeof useTranslation>['t'], error: AuthError): string {
  switch (error.kind) {
    case 'invalid-credentials':
    case 'refresh-rejected':
      return t('session.invalidCredentials');
    case 'unreachable':
      return t('session.unreachable');
    case 'http':
      return t('session.failed', { code: error.code ?? String(error.status) });
  }
}

/**
 * Sign-in by username and password. Nothing is fetched before it: a login screen must not list
 * accounts, and the post comes from the session, not from a choice here. The session is kept on
 * the device (app/session-persistence.ts) so a reload does not ask again.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { auth, deviceId } = useServices();
  const { session, expired, signIn } = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AuthError | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!auth || !deviceId) return;
    setBusy(true);
    setError(null);
    const answer = await auth.login(username.trim().toLowerCase(), password, deviceId);
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    signIn(answer.value);
    void navigate('/', { replace: true });
  }

  return (
    <section className="page sign-in">
      <h1>{t('session.title')}</h1>
      {session && <p>{t('session.signedInAs', { name: session.officer.displayName })}</p>}
      {expired && <p role="alert">{t('session.signedOut')}</p>}
      <form onSubmit={(event) => void submit(event)} className="panel">
        <label>
          {t('session.username')}
          <input
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label>
          {t('session.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <button type="submit" disabled={busy || username.trim() === '' || password === ''}>
          {busy ? t('session.signingIn') : t('session.submit')}
        </button>
        {error && (
          <p role="alert" data-testid="sign-in-error" data-error={error.kind}>
            {errorText(t, error)}
          </p>
        )}
      </form>
    </section>
  );
}
