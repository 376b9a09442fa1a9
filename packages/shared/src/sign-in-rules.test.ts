import { describe, expect, it } from 'vitest';
import { LoginRequest } from './schemas/auth.js';
import { ForgotPasswordRequest } from './schemas/password-reset.js';
import { RecoveryCodeRequest, TotpCodeField } from './schemas/two-factor.js';
import { SIGN_IN_SCHEMAS } from './sign-in-rules.js';

/** A schema as JSON, without the keywords that only describe. */
function checkedKeywords(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === 'description' ? undefined : value,
  );
}

describe('the sign-in’s plain schemas', () => {
  it.each([
    ['login', LoginRequest],
    ['forgotPassword', ForgotPasswordRequest],
    ['recoveryCode', RecoveryCodeRequest],
    ['totpCode', TotpCodeField],
  ] as const)('check %s as the contract’s TypeBox schema does', (name, schema) => {
    expect(SIGN_IN_SCHEMAS[name]).toEqual(checkedKeywords(schema));
  });
});
