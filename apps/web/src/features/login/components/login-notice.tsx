import type { LoginStatus } from '@portal/shared';
import { useTranslation } from 'react-i18next';

/** Information (not an error) about a sign-in that needs another step. */
export function LoginNotice({ status }: { status: Exclude<LoginStatus, 'authenticated'> }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="alert alert--info">
      {status === 'totp_required'
        ? t('login.twoFactorRequired')
        : t('login.twoFactorEnrollmentRequired')}
    </div>
  );
}
