import { Type } from 'typebox';
import { PasswordField, TenantDomainField, UsernameField } from './common.js';
import { LanguageField } from './language.js';

export const LoginRequest = Type.Object(
  {
    tenantDomain: TenantDomainField,
    username: UsernameField,
    password: PasswordField,
    /** The UI's language: once signed in, the user's mails are written in it. */
    language: Type.Optional(LanguageField),
  },
  { additionalProperties: false },
);
export type LoginRequest = Type.Static<typeof LoginRequest>;

export const LOGIN_STATUSES = [
  'authenticated',
  'totp_required',
  'totp_enrollment_required',
] as const;
export type LoginStatus = (typeof LOGIN_STATUSES)[number];

export const LoginResponse = Type.Object({ status: Type.Enum(LOGIN_STATUSES) });
export type LoginResponse = Type.Static<typeof LoginResponse>;
