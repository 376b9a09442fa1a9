import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { paths } from '@/config/paths';
import { rememberTenantDomain } from '@/lib/last-tenant-domain';
import type { LoginLocationState } from '@/lib/login-location-state';
import { meQueryOptions } from '@/lib/me';
import type { PasswordSaved, PendingAccount } from '@/lib/two-factor-setup-state';
import { EnrollmentStep } from './enrollment-step';
import { HowItWorks } from './how-it-works';
import { RecoveryCodes } from './recovery-codes';

type TwoFactorSetupProps = {
  /**
   * True when the sign-in itself asked for activation: no session exists until the first code
   * is confirmed, so nothing here may depend on /api/me.
   */
  pending: boolean;
  /** Whose account this is: typed at the login (pending) or from /api/me. */
  account: PendingAccount | undefined;
  /** Already enabled when the page opened (from /api/me): nothing to set up. */
  alreadyEnabled: boolean;
  /** Where the user came from: the place to go back to, or on to after a pending sign-in. */
  from: string | undefined;
  /** Straight from a reset link: the password step just succeeded (said before the QR code). */
  passwordSaved?: PasswordSaved | undefined;
  /** "Use a passkey instead" (features/passkeys), composed by the route at a pending sign-in. */
  passkeyInstead?: (step: { onActivated: () => void; onExpired: () => void }) => ReactNode;
};

type Result = { recoveryCodes: string[]; accountName: string };

/**
 * Activation of two-factor authentication: QR code and secret, one code to confirm, then the
 * recovery codes once. Reached from the login (pending), the banner or Account → Security.
 */
export function TwoFactorSetup({
  pending,
  account,
  alreadyEnabled,
  from,
  passwordSaved,
  passkeyInstead,
}: TwoFactorSetupProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Decided when the page opens: enabling it here must not turn this page into "already enabled".
  const [enabledBefore] = useState(alreadyEnabled);
  const [result, setResult] = useState<Result | null>(null);

  const loginHref = account
    ? paths.tenantLogin.getHref(account.tenantDomain)
    : paths.login.getHref();
  const backHref = pending ? loginHref : (from ?? paths.accountSecurity.getHref());

  // Cancelling a forced activation ends that sign-in: the login page says so (keeping `from`).
  const activationCancelled: LoginLocationState = { notice: 'activationCancelled', from };

  function handleExpired() {
    const state: LoginLocationState = { loginExpired: true, from };
    void navigate(loginHref, { replace: true, state });
  }

  function handleContinue() {
    if (pending && account) {
      // The confirmation started the session: this sign-in has succeeded.
      rememberTenantDomain(account.tenantDomain);
      queryClient.removeQueries();
      void navigate(from ?? paths.home.getHref(), { replace: true });
      return;
    }
    void queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
    void navigate(paths.home.getHref(), { replace: true });
  }

  if (result) {
    return (
      <AuthLayout title={t('twoFactor.recoveryCodes.heading')} wide>
        <RecoveryCodes
          codes={result.recoveryCodes}
          account={account}
          accountName={result.accountName}
          onContinue={handleContinue}
        />
      </AuthLayout>
    );
  }

  if (enabledBefore) {
    return (
      <AuthLayout title={t('twoFactor.setup.heading')}>
        <p>{t('twoFactor.setup.alreadyEnabled')}</p>
        <Link to={backHref}>{t('twoFactor.setup.backToPortal')}</Link>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('twoFactor.setup.heading')} wide>
      {passwordSaved && (
        <p role="status" className="alert alert--success">
          {passwordSaved === 'set'
            ? t('twoFactor.setup.passwordSet')
            : t('twoFactor.setup.passwordChanged')}
        </p>
      )}
      <p>{pending ? t('twoFactor.setup.introPending') : t('twoFactor.setup.intro')}</p>
      {/* A <div>, not a <p>: the dialog it opens holds headings and lists. */}
      <div className="setup__info">
        <HowItWorks />
      </div>
      <EnrollmentStep
        onExpired={handleExpired}
        onConfirmed={({ recoveryCodes, enrollment }) =>
          setResult({ recoveryCodes, accountName: enrollment.accountName })
        }
      />
      {pending && passkeyInstead?.({ onActivated: handleContinue, onExpired: handleExpired })}
      <p className="setup__back">
        <Link to={backHref} state={pending ? activationCancelled : undefined}>
          {t('twoFactor.setup.cancel')}
        </Link>
      </p>
    </AuthLayout>
  );
}
