import type { PasskeyRegistrationResponse } from '@portal/shared';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { addPasskey } from '../api/passkeys';
import { isLoginExpired, passkeyProblem } from '../passkey-problem';

type AddPasskeyFormProps = {
  /** The label of the button: "Add a passkey", or "Use a passkey instead" at activation. */
  submitLabel: string;
  /** Runs the registration; signed in, through "Confirm it's you". */
  run?: (
    action: () => Promise<PasskeyRegistrationResponse>,
  ) => Promise<PasskeyRegistrationResponse>;
  onAdded: (result: PasskeyRegistrationResponse) => void;
  onExpired?: () => void;
};

/** Names a new passkey and creates it with the browser (fingerprint, face, screen lock, key). */
export function AddPasskeyForm({ submitLabel, run, onAdded, onExpired }: AddPasskeyFormProps) {
  const { t } = useTranslation();
  const alertId = useId();
  const [name, setName] = useState(t('passkeys.defaultName'));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | undefined>(undefined);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('passkeys.nameRequired'));
      return;
    }
    setNameError(undefined);
    setBusy(true);
    setProblem(null);
    try {
      const action = () => addPasskey(trimmed);
      onAdded(await (run ? run(action) : action()));
    } catch (error) {
      if (isLoginExpired(error) && onExpired) onExpired();
      else setProblem(passkeyProblem(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="passkey-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {problem && (
        <p id={alertId} role="alert" className="alert alert--error">
          {problem}
        </p>
      )}
      <TextField
        label={t('passkeys.name')}
        name="passkeyName"
        value={name}
        maxLength={64}
        autoComplete="off"
        error={nameError}
        describedBy={problem ? alertId : undefined}
        onChange={(event) => setName(event.target.value)}
      />
      <SubmitButton busy={busy} busyLabel={t('passkeys.working')}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
