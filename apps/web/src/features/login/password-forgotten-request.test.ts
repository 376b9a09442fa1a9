import { LIMITS } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { toPasswordForgottenRequest } from './password-forgotten-request';

describe('toPasswordForgottenRequest', () => {
  it('trims the tenant domain and the username', () => {
    expect(toPasswordForgottenRequest({ tenantDomain: ' a.tenant\t', username: ' jdoe ' })).toEqual(
      { request: { tenantDomain: 'a.tenant', username: 'jdoe' } },
    );
  });

  it('reports missing and too long values by the shared schema', () => {
    expect(toPasswordForgottenRequest({ tenantDomain: ' ', username: '' })).toEqual({
      errors: { tenantDomain: 'Required', username: 'Required' },
    });
    expect(
      toPasswordForgottenRequest({
        tenantDomain: 'a.tenant',
        username: 'u'.repeat(LIMITS.usernameMax + 1),
      }),
    ).toEqual({ errors: { username: 'TooLong' } });
  });
});
