import { Type } from 'typebox';

export const TWO_FACTOR_REQUIREMENTS = ['admins', 'all'] as const;
export type TwoFactorRequirement = (typeof TWO_FACTOR_REQUIREMENTS)[number];

export const TenantSettings = Type.Object({
  domain: Type.String(),
  name: Type.String(),
  /** Who must use 2FA: administrators (the default) or every user. */
  twoFactorRequiredFor: Type.Enum(TWO_FACTOR_REQUIREMENTS),
  /** Until then, required users without 2FA may still sign in (and see a banner). */
  twoFactorGraceUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** Active users whom the policy requires to use 2FA and who have not activated it. */
  usersLackingTwoFactor: Type.Integer(),
  /** Active users whom the policy requires to use 2FA. */
  usersRequiringTwoFactor: Type.Integer(),
});
export type TenantSettings = Type.Static<typeof TenantSettings>;

export const UpdateTenantSettingsBody = Type.Object(
  {
    twoFactorRequiredFor: Type.Enum(TWO_FACTOR_REQUIREMENTS),
    twoFactorGraceUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { additionalProperties: false },
);
export type UpdateTenantSettingsBody = Type.Static<typeof UpdateTenantSettingsBody>;
