import { ERROR_CODES } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { readLoginLocationState, sessionEndState } from './login-location-state';

describe('the message after a session ended', () => {
  it('says "ended" for a revoked session and "expired" for an idle one, whatever the tab knew', () => {
    expect(sessionEndState(ERROR_CODES.SESSION_REVOKED, false)).toEqual({
      notice: 'sessionRevoked',
    });
    expect(sessionEndState(ERROR_CODES.SESSION_EXPIRED, false)).toEqual({
      notice: 'sessionExpired',
    });
  });

  it('says the plain 401 ended a session only when this tab had one', () => {
    expect(sessionEndState(ERROR_CODES.UNAUTHENTICATED, true)).toEqual({ sessionEnded: true });
    expect(sessionEndState(ERROR_CODES.UNAUTHENTICATED, false)).toEqual({ sessionEnded: false });
  });

  it('reads only known notices and local return paths from the location state', () => {
    const state = readLoginLocationState({ notice: 'signedOut', from: '/audit?from=2026-12-01' });
    expect(state.notice).toBe('signedOut');
    expect(state.from).toBe('/audit?from=2026-12-01');
    expect(readLoginLocationState({ notice: 'pwned', from: '/\\evil.example' })).toMatchObject({
      notice: undefined,
      from: undefined,
    });
  });
});
