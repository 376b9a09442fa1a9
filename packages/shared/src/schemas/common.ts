import { Type } from 'typebox';

/** Limits on what a person types; they bound the work the server does for one request. */
export const LIMITS = {
  tenantDomainMax: 253,
  usernameMax: 128,
  passwordMax: 1024,
} as const;

export const TenantDomainField = Type.String({
  minLength: 1,
  maxLength: LIMITS.tenantDomainMax,
  description: 'The tenant domain, e.g. acme-123456.tenant; matched case-insensitively.',
});

export const UsernameField = Type.String({
  minLength: 1,
  maxLength: LIMITS.usernameMax,
  description: 'The username within the tenant; matched case-insensitively.',
});

export const PasswordField = Type.String({ minLength: 1, maxLength: LIMITS.passwordMax });

/** The one error model of the API. */
export const ErrorResponse = Type.Object(
  {
    error: Type.String({ description: 'A stable code from the error catalogue.' }),
    message: Type.String({ description: 'A human-readable explanation (English).' }),
    field: Type.Optional(Type.String({ description: 'The request field that was invalid.' })),
    retryAfterSeconds: Type.Optional(
      Type.Integer({ description: 'For too_many_attempts: seconds until the next try.' }),
    ),
  },
  { $id: 'ErrorResponse' },
);
export type ErrorResponse = Type.Static<typeof ErrorResponse>;

/** 204 answers have no body. */
export const NoContent = Type.Null({ description: 'No content' });
