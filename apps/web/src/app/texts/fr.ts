import { fr as account } from '@/features/account/i18n/fr';
import { fr as auditLog } from '@/features/audit-log/i18n/fr';
import { fr as customers } from '@/features/customers/i18n/fr';
import { fr as login } from '@/features/login/i18n/fr';
import { fr as passkeys } from '@/features/passkeys/i18n/fr';
import { fr as passwordReset } from '@/features/password-reset/i18n/fr';
import { fr as portal } from '@/features/portal/i18n/fr';
import { fr as sessions } from '@/features/sessions/i18n/fr';
import { fr as tenantSettings } from '@/features/tenant-settings/i18n/fr';
import { fr as twoFactor } from '@/features/two-factor/i18n/fr';
import { fr as users } from '@/features/users/i18n/fr';
import { fr as apiErrors } from '@/i18n/api-error-text/fr';
import { fr as common } from '@/i18n/common-text/fr';
import type { Translation } from './en';

/** All texts in French, typed by the English reference. One chunk per language (load-texts.ts). */
export const fr: Translation = {
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
