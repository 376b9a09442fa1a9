import { Type } from 'typebox';
import { ERROR_CODE_LIST } from '../errors.js';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  WEAK_PASSWORD_REASONS,
} from '../password-rules.js';
import { LIMITS } from '../sign-in-rules.js';
import { TextField } from './input-rules.js';

export const TenantDomainField = TextField({
  minLength: 1,
  maxLength: LIMITS.tenantDomainMax,
  description: 'The tenant domain, e.g. acme-123456.tenant; matched case-insensitively.',
});

export const UsernameField = TextField({
  minLength: 1,
  maxLength: LIMITS.usernameMax,
  description: 'The username within the tenant; matched case-insensitively.',
});

export const PasswordField = TextField({ minLength: 1, maxLength: LIMITS.passwordMax });

/**
 * A password being set. Only the request-size bound is checked here: the 12..128 rule belongs to
 * the password policy, so that a too short or too long password gets 422 `weak_password` with its
 * reason rather than a bare 400 `validation_error`.
 */
export const NewPasswordField = TextField({
  minLength: 1,
  maxLength: LIMITS.passwordMax,
  description: `The new password: ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, not a common password, without the username or tenant domain.`,
});

/** The one error model of the API. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Enum(ERROR_CODE_LIST, { description: 'A stable code from the error catalogue.' }),
    message: Type.String({
      description: 'A human-readable explanation in English, for logs and API clients.',
    }),
    field: Type.Optional(Type.String({ description: 'The request field that was invalid.' })),
    retryAfterSeconds: Type.Optional(
      Type.Integer({ description: 'For too_many_attempts: seconds until the next try.' }),
    ),
    reason: Type.Optional(
      Type.Enum(WEAK_PASSWORD_REASONS, {
        description: 'For weak_password: which password rule was broken.',
      }),
    ),
    ownTenantId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          "For customer_unavailable: the signed-in user's own tenant, to act in again (POST /api/session/tenant).",
      }),
    ),
  },
  { $id: 'ErrorResponse' },
);
export type ErrorResponse = Type.Static<typeof ErrorResponse>;

/** 204 answers have no body. */
export const NoContent = Type.Null({ description: 'No content' });
