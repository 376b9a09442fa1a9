import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isSupportedLanguage } from '@/i18n/languages';
import { signInWithPasskey } from '../api/passkeys';
import { PasskeyAction } from './passkey-action';

/**
 * "Sign in with a passkey" on the login page: the browser offers the passkeys it holds for this
 * site, and the account (with its tenant) is the chosen passkey's. The tenant field is not used.
 */
export function PasskeySignIn({ onAuthenticated }: { onAuthenticated: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <div className="login-alternative">
      <PasskeyAction
        label={t('passkeys.signIn')}
        variant="secondary"
        run={async () => {
          await signInWithPasskey(isSupportedLanguage(i18n.language) ? i18n.language : 'en');
          // Nothing cached before this session may leak into it.
          queryClient.removeQueries();
          onAuthenticated();
        }}
      />
    </div>
  );
}
