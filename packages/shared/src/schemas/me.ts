import { Type } from 'typebox';
import { PERMISSIONS, TENANT_KINDS } from '../permissions.js';
import { LanguageField } from './language.js';

export const TenantSummary = Type.Object({
  id: Type.String(),
  domain: Type.String(),
  name: Type.String(),
  kind: Type.Enum(TENANT_KINDS),
});
export type TenantSummary = Type.Static<typeof TenantSummary>;

export const MeResponse = Type.Object({
  user: Type.Object({
    id: Type.String(),
    username: Type.String(),
    displayName: Type.String(),
    email: Type.Union([Type.String(), Type.Null()]),
    roles: Type.Array(Type.String()),
    twoFactorEnabled: Type.Boolean(),
    /** The language of the user's mails. */
    language: LanguageField,
  }),
  tenant: TenantSummary,
  actingTenant: TenantSummary,
  permissions: Type.Array(Type.Enum(PERMISSIONS)),
  twoFactor: Type.Object({
    enabled: Type.Boolean(),
    /** An authenticator app (TOTP) is one of the factors; false when only passkeys are. */
    authenticatorApp: Type.Boolean(),
    /** Whether the tenant's policy requires it of this user. */
    required: Type.Boolean(),
    /** Until then a required user without 2FA may still sign in (and sees a banner). */
    graceUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  }),
  session: Type.Object({
    /** How this session signed in: here (password + 2FA) or at the reseller portal (OIDC). */
    authMethod: Type.Enum(['local', 'reseller_portal'] as const),
    expiresAt: Type.String({ format: 'date-time', description: 'Absolute end of the session.' }),
    idleTimeoutSeconds: Type.Integer(),
  }),
});
export type MeResponse = Type.Static<typeof MeResponse>;
