/**
 * The rules of the sign-in's inputs as plain data, without TypeBox: the sign-in page checks its
 * requests with them (the SPA's lib/simple-schema.ts) and so loads no schema library. The contract's
 * TypeBox schemas are built from the same constants; sign-in-rules.test.ts holds the plain
 * schemas equal to them.
 */

/**
 * Text as people type it: no control characters (C0, DEL, C1; NUL is refused by PostgreSQL and
 * breaks logs and mails) and no lone UTF-16 surrogates (not Unicode, so not storable as UTF-8).
 * Checked with the `u` flag, as both Ajv and TypeBox compile patterns.
 */
export const TEXT_PATTERN = '^[^\\p{Cc}\\p{Cs}]*$';

/** Limits on what a person types; they bound the work the server does for one request. */
export const LIMITS = {
  tenantDomainMax: 253,
  usernameMax: 128,
  passwordMax: 1024,
} as const;

/**
 * Why a reseller-portal sign-in was refused; the callback redirects to the SPA's
 * `/login/reseller-portal?reason=<reason>` page, which explains each in the user's language.
 */
export const RSP_REFUSAL_REASONS = [
  /** The portal's subject is linked to no account here (none is created implicitly). */
  'not_linked',
  /** The account's role requires 2FA, and the portal did not report multi-factor authentication. */
  'mfa_required',
  /** The account is deactivated. */
  'account_disabled',
  /** The person cancelled at the portal, or the portal answered with an error. */
  'cancelled',
  /** Anything that fails validation: state, nonce, issuer, audience, signature, expiry, code. */
  'invalid_response',
  /** The portal could not be reached. */
  'unavailable',
  /** A step-up at the portal was done with another portal account than the one signed in. */
  'other_account',
] as const;
export type RspRefusalReason = (typeof RSP_REFUSAL_REASONS)[number];

/** A JSON Schema as plain data: objects of strings with lengths, patterns and enums. */
export interface SimpleSchema {
  readonly type?: 'object' | 'string';
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SimpleSchema>>;
  readonly additionalProperties?: false;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
}

const text = (minLength: number, maxLength: number): SimpleSchema => ({
  type: 'string',
  minLength,
  maxLength,
  pattern: TEXT_PATTERN,
});

const tenantDomain = text(1, LIMITS.tenantDomainMax);
const username = text(1, LIMITS.usernameMax);

/** LoginRequest, ForgotPasswordRequest, RecoveryCodeRequest and TotpCodeField, without descriptions. */
export const SIGN_IN_SCHEMAS = {
  login: {
    type: 'object',
    required: ['tenantDomain', 'username', 'password'],
    properties: {
      tenantDomain,
      username,
      password: text(1, LIMITS.passwordMax),
      language: { enum: ['en', 'de', 'fr'] },
    },
    additionalProperties: false,
  },
  forgotPassword: {
    type: 'object',
    required: ['tenantDomain', 'username'],
    properties: { tenantDomain, username },
    additionalProperties: false,
  },
  recoveryCode: {
    type: 'object',
    required: ['code'],
    properties: { code: text(1, 64) },
    additionalProperties: false,
  },
  totpCode: { type: 'string', pattern: '^[0-9]{6}$' },
} as const satisfies Record<string, SimpleSchema>;
