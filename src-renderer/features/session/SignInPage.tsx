import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useServices } from '../../app/services';
import { useAuth, useSelectedPost } from '../../state';
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

/** Sign-in for the selected post's officers. Tokens stay in memory (see state/auth-store.ts). */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { auth, deviceId } = useServices();
  const post = useSelectedPost();
  const { session, expired, signIn } = useAuth();
  const officers = post?.officers ?? [];
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AuthError | null>(null);
  const chosen = username || officers[0]?.username || '';

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!auth || !deviceId) return;
    setBusy(true);
    const answer = await auth.login(chosen, password, deviceId);
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    signIn(answer.value);
    void navigate(-1);
  }

  return (
    <section className="page sign-in">
      <h1>{t('session.title')}</h1>
      {session && <p>{t('session.signedInAs', { name: session.officer.displayName })}</p>}
      {expired && <p role="alert">{t('session.signedOut')}</p>}
      <form onSubmit={(event) => void submit(event)} className="panel">
        <label>
          {t('session.username')}
          <select name="username" value={chosen} onChange={(event) => setUsername(event.target.value)}>
            {officers.map((officer) => (
              <option key={officer.id} value={officer.username}>
                {`${officer.displayName} (${officer.username})`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('session.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <button type="submit" disabled={busy || chosen === ''}>
          {busy ? t('session.signingIn') : t('session.submit')}
        </button>
        {error && <p role="alert">{errorText(t, error)}</p>}
      </form>
    </section>
  );
}
