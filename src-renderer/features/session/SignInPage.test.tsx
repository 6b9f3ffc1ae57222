import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeviceId } from '@shared/domain';
import { useAuthStore } from '../../state';
import type { AuthClient, AuthError } from '../../sync';
import { openTestCacheDb } from '../../test-utils/db';
import { makeSession } from '../../test-utils/fixtures';
import { renderScreen } from '../../test-utils/render';
import type { Language } from '../../i18n';
import { SignInPage } from './SignInPage';

const deviceId = DeviceId.parse('device-test-0001');

function renderSignIn(login: AuthClient['login'], language: Language = 'en') {
  const auth: AuthClient = {
    login,
    refresh: async () => ({ ok: false, error: { kind: 'refresh-rejected' } }),
    logout: async () => true,
  };
  return renderScreen(<SignInPage />, {
    db: openTestCacheDb(),
    language,
    services: { auth, deviceId },
  });
}

function failingWith(error: AuthError): AuthClient['login'] {
  return async () => ({ ok: false, error });
}

function fillAndSubmit(username: string, password: string, labels = ['Username', 'Password', 'Sign in']) {
  const [user, pass, submit] = labels as [string, string, string];
  fireEvent.change(screen.getByLabelText(user), { target: { value: username } });
  fireEvent.change(screen.getByLabelText(pass), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: submit }));
}

describe('the sign-in screen', () => {
  it('signs in with a typed username, on this device, and keeps the session', async () => {
    const calls: string[] = [];
    renderSignIn(async (username, password, device) => {
      calls.push(`${username}:${password}:${device}`);
      return { ok: true, value: makeSession() };
    });
    expect(screen.queryByRole('combobox')).toBeNull();
    fillAndSubmit('kim.officer', 'border-post-demo');
    await waitFor(() => expect(useAuthStore.getState().session?.officer.username).toBe('kim.officer'));
    expect(calls).toEqual(['kim.officer:border-post-demo:device-test-0001']);
  });

  it('says so in Korean when the password is wrong', async () => {
    renderSignIn(failingWith({ kind: 'invalid-credentials' }), 'ko');
    fillAndSubmit('kim.officer', 'wrong', ['사용자 ID', '비밀번호', '로그인']);
    expect((await screen.findByRole('alert')).textContent).toBe(
      '사용자 ID 또는 비밀번호가 올바르지 않습니다.',
    );
    expect(useAuthStore.getState().session).toBeNull();
  });

  it('tells an unreachable server apart from a wrong password', async () => {
    renderSignIn(failingWith({ kind: 'unreachable' }));
    fillAndSubmit('kim.officer', 'border-post-demo');
    const alert = await screen.findByTestId('sign-in-error');
    expect([alert.dataset['error'], alert.textContent]).toEqual([
      'unreachable',
      'The central server cannot be reached. Signing in needs a connection.',
    ]);
  });

  it('names the server error code of any other failure', async () => {
    renderSignIn(failingWith({ kind: 'http', status: 503, code: 'INTERNAL' }));
    fillAndSubmit('kim.officer', 'border-post-demo');
    expect((await screen.findByRole('alert')).textContent).toBe('Signing in failed (INTERNAL).');
  });
});
