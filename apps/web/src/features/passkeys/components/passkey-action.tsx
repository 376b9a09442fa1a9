import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passkeyProblem } from '../passkey-problem';

type PasskeyActionProps = {
  label: string;
  variant: 'primary' | 'secondary';
  /** The ceremony: asks the browser for the passkey and sends the answer. */
  run: () => Promise<void>;
  /** Handles an error itself (true), instead of showing it by the button. */
  handleError?: (error: unknown) => boolean;
};

/**
 * A passkey button with what every passkey ceremony needs: busy while the browser asks, and the
 * refusal shown above the button and tied to it for screen readers.
 */
export function PasskeyAction({ label, variant, run, handleError }: PasskeyActionProps) {
  const { t } = useTranslation();
  const alertId = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setProblem(null);
    try {
      await run();
    } catch (error) {
      if (!handleError?.(error)) setProblem(passkeyProblem(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {problem && (
        <p id={alertId} role="alert" className="alert alert--error">
          {problem}
        </p>
      )}
      <button
        type="button"
        className={`button button--${variant} button--block`}
        disabled={busy}
        aria-describedby={problem ? alertId : undefined}
        onClick={() => void start()}
      >
        {busy ? t('passkeys.working') : label}
      </button>
    </>
  );
}
