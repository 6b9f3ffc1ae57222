import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeviceId } from '@shared/domain';
import { ServicesContext, useServices } from '../../app/services';
import { useAuthStore, useSessionStore } from '../../state';
import type { AuthClient } from '../../sync';
import { openTestCacheDb } from '../../test-utils/db';
import { makePost } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import { SignInPage } from './SignInPage';

const officer = {
  id: 'officer-kim',
  postId: 'KR-ICN',
  username: 'kim',
  displayName: 'Kim Officer',
  role: 'officer',
  demo: true,
};

function WithAuth({ auth }: { auth: AuthClient }) {
  const services = useServices();
  return (
    <ServicesContext.Provider value={{ ...services, auth, deviceId: DeviceId.parse('device-test-0001') }}>
      <SignInPage />
    </ServicesContext.Provider>
  );
}

function givenPost(): void {
  const post = makePost({ officers: [officer] });
  useSessionStore.getState().setPosts([post], 'server');
  useSessionStore.getState().selectPost(post.id);
}

describe('the sign-in screen', () => {
  it('signs the chosen officer in and keeps the session in memory', async () => {
    givenPost();
    const calls: string[] = [];
    const auth: AuthClient = {
      login: async (username, password) => {
        calls.push(`${username}:${password}`);
        return {
          ok: true,
          value: {
            accessToken: 'access-token-0123456789',
            accessExpiresAt: '2026-01-05T10:00:00Z',
            refreshToken: 'refresh-token-0123456789',
            officer: makePost({ officers: [officer] }).officers[0]!,
          },
        };
      },
      refresh: async () => ({ ok: false, error: { kind: 'refresh-rejected' } }),
    };
    renderScreen(<WithAuth auth={auth} />, { db: openTestCacheDb() });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'border-post-demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(useAuthStore.getState().session?.officer.username).toBe('kim'));
    expect(calls).toEqual(['kim:border-post-demo']);
  });

  it('says so in Korean when the password is wrong', async () => {
    givenPost();
    const auth: AuthClient = {
      login: async () => ({ ok: false, error: { kind: 'invalid-credentials' } }),
      refresh: async () => ({ ok: false, error: { kind: 'refresh-rejected' } }),
    };
    renderScreen(<WithAuth auth={auth} />, { db: openTestCacheDb(), language: 'ko' });
    fireEvent.click(screen.getByRole('button', { name: '로그인' }));
    expect((await screen.findByRole('alert')).textContent).toBe('세관원 또는 비밀번호가 올바르지 않습니다.');
  });
});
