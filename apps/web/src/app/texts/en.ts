import { en as account } from '@/features/account/i18n/en';
import { en as auditLog } from '@/features/audit-log/i18n/en';
import { en as customers } from '@/features/customers/i18n/en';
import { en as login } from '@/features/login/i18n/en';
import { en as passkeys } from '@/features/passkeys/i18n/en';
import { en as passwordReset } from '@/features/password-reset/i18n/en';
import { en as portal } from '@/features/portal/i18n/en';
import { en as sessions } from '@/features/sessions/i18n/en';
import { en as tenantSettings } from '@/features/tenant-settings/i18n/en';
import { en as twoFactor } from '@/features/two-factor/i18n/en';
import { en as users } from '@/features/users/i18n/en';
import { en as apiErrors } from '@/i18n/api-error-text/en';
import { en as common } from '@/i18n/common-text/en';

/**
 * All texts in English: i18n's common texts and each feature's own, every section owned by one
 * module. English is the reference; its shape is the type that makes `t('…')` keys checked, and
 * German and French are typed by it. One chunk per language (load-texts.ts).
 */
export const en = {
  common,
  apiErrors,
  login,
  passwordReset,
  portal,
  twoFactor,
  account,
  customers,
  users,
  tenantSettings,
  sessions,
  auditLog,
  passkeys,
};

export type Translation = typeof en;
