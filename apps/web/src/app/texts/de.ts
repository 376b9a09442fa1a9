import { de as account } from '@/features/account/i18n/de';
import { de as auditLog } from '@/features/audit-log/i18n/de';
import { de as customers } from '@/features/customers/i18n/de';
import { de as login } from '@/features/login/i18n/de';
import { de as passkeys } from '@/features/passkeys/i18n/de';
import { de as passwordReset } from '@/features/password-reset/i18n/de';
import { de as portal } from '@/features/portal/i18n/de';
import { de as sessions } from '@/features/sessions/i18n/de';
import { de as tenantSettings } from '@/features/tenant-settings/i18n/de';
import { de as twoFactor } from '@/features/two-factor/i18n/de';
import { de as users } from '@/features/users/i18n/de';
import { de as apiErrors } from '@/i18n/api-error-text/de';
import { de as common } from '@/i18n/common-text/de';
import type { Translation } from './en';

/** All texts in German, typed by the English reference. One chunk per language (load-texts.ts). */
export const de: Translation = {
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
