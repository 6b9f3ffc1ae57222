import { z } from 'zod';
import { DeviceId } from '../domain/decision';
import { identifierText } from '../domain/ids';
import { Officer } from '../domain/post';

export const authRoutes = {
  login: '/auth/v1/login',
  refresh: '/auth/v1/refresh',
  logout: '/auth/v1/logout',
} as const;

export const LoginRequest = z.object({
  username: identifierText(32).min(3),
  password: z.string().min(1).max(256),
  deviceId: DeviceId,
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const RefreshRequest = z.object({ refreshToken: z.string().min(16).max(512), deviceId: DeviceId });
export type RefreshRequest = z.infer<typeof RefreshRequest>;

/** Signing out ends the session the refresh token belongs to (its whole family) on the server. */
export const LogoutRequest = RefreshRequest;
export type LogoutRequest = RefreshRequest;

/**
 * Short-lived access token (Bearer) and a rotating refresh token. The sign-in itself ends at
 * `sessionExpiresAt` however often it is refreshed; then refresh answers 401 SESSION_EXPIRED and
 * the officer signs in again. Optional so sessions stored before it was sent still parse.
 */
export const Session = z.object({
  accessToken: z.string().min(16),
  accessExpiresAt: z.iso.datetime({ offset: true }),
  refreshToken: z.string().min(16),
  sessionExpiresAt: z.iso.datetime({ offset: true }).optional(),
  officer: Officer,
});
export type Session = z.infer<typeof Session>;
