import { accountText } from '@/features/account/i18n';
import { auditLogText } from '@/features/audit-log/i18n';
import { customersText } from '@/features/customers/i18n';
import { loginText } from '@/features/login/i18n';
import { passkeysText } from '@/features/passkeys/i18n';
import { passwordResetText } from '@/features/password-reset/i18n';
import { portalText } from '@/features/portal/i18n';
import { sessionsText } from '@/features/sessions/i18n';
import { tenantSettingsText } from '@/features/tenant-settings/i18n';
import { twoFactorText } from '@/features/two-factor/i18n';
import { usersText } from '@/features/users/i18n';
import { apiErrorText } from '@/i18n/api-error-text';
import { commonText } from '@/i18n/common-text';
import type { Language } from '@/i18n/languages';

/**
 * All texts in one language: i18n's common texts and each feature's own, every section owned by
 * one module. English is the reference; its shape is the type that makes `t('…')` keys checked.
 */
function textsIn(language: Language) {
  return {
    common: commonText[language],
    apiErrors: apiErrorText[language],
    login: loginText[language],
    passwordReset: passwordResetText[language],
    portal: portalText[language],
    twoFactor: twoFactorText[language],
    account: accountText[language],
    customers: customersText[language],
    users: usersText[language],
    tenantSettings: tenantSettingsText[language],
    sessions: sessionsText[language],
    auditLog: auditLogText[language],
    passkeys: passkeysText[language],
  };
}

export type Translation = ReturnType<typeof textsIn>;

export const texts: Record<Language, Translation> = {
  en: textsIn('en'),
  de: textsIn('de'),
  fr: textsIn('fr'),
};

/** The texts as i18next takes them: one namespace, `translation`. */
export const resources = {
  en: { translation: texts.en },
  de: { translation: texts.de },
  fr: { translation: texts.fr },
} as const;
