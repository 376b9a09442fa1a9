import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import {
  type PasswordChanged,
  ResetPassword,
} from '@/features/password-reset/components/reset-password';
import { readResetToken } from '@/features/password-reset/reset-token';
import type { LoginLocationState } from '@/lib/login-location-state';
import type { TwoFactorSetupState } from '@/lib/two-factor-setup-state';

/**
 * /password/reset#token=…, the link of a reset mail. The token is taken from the fragment once
 * and the fragment removed from the address at once (history.replaceState, through the router),
 * so it stays out of the history, bookmarks and anything shared from the address bar.
 */
export function PasswordResetRoute() {
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  const [token] = useState(() => readResetToken(hash));

  useEffect(() => {
    if (hash !== '') void navigate({ pathname, search }, { replace: true });
  }, [hash, pathname, search, navigate]);

  function handlePasswordChanged({ next, account }: PasswordChanged) {
    if (next === 'totp_enrollment_required') {
      // The API has started the activation step (pending cookie): on to the QR code.
      const { tenantDomain, username, newAccount } = account;
      const state: TwoFactorSetupState = {
        pending: { tenantDomain, username },
        passwordSaved: newAccount ? 'set' : 'changed',
      };
      void navigate(paths.twoFactorSetup.getHref(), { replace: true, state });
      return;
    }
    const state: LoginLocationState = { passwordChanged: true, username: account.username };
    void navigate(paths.tenantLogin.getHref(account.tenantDomain), { replace: true, state });
  }

  return <ResetPassword token={token} onPasswordChanged={handlePasswordChanged} />;
}
