import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/format-date';
import type { PendingAccount } from '@/lib/two-factor-setup-state';

export const RECOVERY_CODES_FILENAME = 'recovery-codes.txt';

type RecoveryCodesFile = {
  codes: readonly string[];
  /** Tenant and username, when the page knows them. */
  account: PendingAccount | undefined;
  /** The account as the authenticator app names it; the fallback without `account`. */
  accountName: string;
  createdAt: Date;
  language: string | undefined;
  t: TFunction;
};

/** The text of the downloadable file: whose codes they are, when they were made, the codes. */
export function recoveryCodesFileText({
  codes,
  account,
  accountName,
  createdAt,
  language,
  t,
}: RecoveryCodesFile): string {
  const owner = account
    ? [
        t('twoFactor.recoveryCodes.fileTenant', { tenant: account.tenantDomain }),
        t('twoFactor.recoveryCodes.fileUsername', { username: account.username }),
      ]
    : [t('twoFactor.recoveryCodes.fileAccount', { account: accountName })];
  const lines = [
    t('twoFactor.recoveryCodes.fileHeading', { product: t('common.productName') }),
    '',
    ...owner,
    t('twoFactor.recoveryCodes.fileCreated', { date: formatDate(createdAt, language) }),
    '',
    ...codes,
    '',
    t('twoFactor.recoveryCodes.fileNote'),
  ];
  return `${lines.join('\n')}\n`;
}
