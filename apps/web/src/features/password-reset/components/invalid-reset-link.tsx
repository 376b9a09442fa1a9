import type { ResetTokenInfo } from '@portal/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import type { LoginLocationState } from '@/lib/login-location-state';

/**
 * One message for every link that does not work (unknown, expired, used, replaced: the page
 * cannot tell them apart, nor should it), and the way to a new one: "Password forgotten?" on the
 * login page, for the tenant and user of the link when they are known.
 */
export function InvalidResetLink({ account }: { account: ResetTokenInfo | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const message = useRef<HTMLParagraphElement>(null);

  // Whatever was in use (the form, a spinner) is gone: start reading from the message.
  useEffect(() => message.current?.focus(), []);

  function requestNewLink() {
    const href = account ? paths.tenantLogin.getHref(account.tenantDomain) : paths.login.getHref();
    const state: LoginLocationState = { passwordForgotten: true, username: account?.username };
    void navigate(href, { state });
  }

  return (
    <AuthLayout title={t('passwordReset.invalid.heading')}>
      <p ref={message} tabIndex={-1} role="alert" className="alert alert--error reset-invalid">
        {t('passwordReset.invalid.text')}
      </p>
      <button
        type="button"
        className="button button--primary button--block"
        onClick={requestNewLink}
      >
        {t('passwordReset.invalid.newLink')}
      </button>
    </AuthLayout>
  );
}
