import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSupportedLanguage } from '@/i18n/languages';
import { signInWithPasskey } from '../api/passkeys';
import { passkeyProblem } from '../passkey-problem';

/**
 * "Sign in with a passkey" on the login page: the browser offers the passkeys it holds for this
 * site, and the account (with its tenant) is the chosen passkey's. The tenant field is not used.
 */
export function PasskeySignIn({ onAuthenticated }: { onAuthenticated: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const alertId = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function signIn() {
    setBusy(true);
    setProblem(null);
    try {
      await signInWithPasskey(isSupportedLanguage(i18n.language) ? i18n.language : 'en');
      // Nothing cached before this session may leak into it.
      queryClient.removeQueries();
      onAuthenticated();
    } catch (error) {
      setProblem(passkeyProblem(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-alternative">
      {problem && (
        <p id={alertId} role="alert" className="alert alert--error">
          {problem}
        </p>
      )}
      <button
        type="button"
        className="button button--secondary button--block"
        disabled={busy}
        aria-describedby={problem ? alertId : undefined}
        onClick={() => void signIn()}
      >
        {busy ? t('passkeys.working') : t('passkeys.signIn')}
      </button>
    </div>
  );
}
