import { LIMITS } from '@portal/shared';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useProblemWait } from '@/hooks/use-problem-wait';
import { isTotpCode, normalizeTotpCode, TOTP_CODE_INPUT_PROPS } from '@/lib/totp-code';
import { useDisableTwoFactor } from '../api/disable-two-factor';
import { type DisableProblem, disableProblemMessage, toDisableProblem } from '../disable-problem';

type Field = 'password' | 'code';
type FieldErrors = Partial<Record<Field, string>>;

/** Switching 2FA off takes the password and a current code: a stolen session alone cannot. */
export function DisableTwoFactorForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const alertId = useId();
  const disable = useDisableTwoFactor();
  const [values, setValues] = useState<Record<Field, string>>({ password: '', code: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<DisableProblem | null>(null);
  const inputs = { password: useRef<HTMLInputElement>(null), code: useRef<HTMLInputElement>(null) };

  const { secondsLeft: lockoutSeconds, waiting: lockedOut } = useProblemWait(problem, setProblem);
  const busy = disable.isPending;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || lockedOut) return;
    const code = normalizeTotpCode(values.code);
    const errors: FieldErrors = {};
    if (values.password === '') errors.password = t('account.twoFactor.passwordRequired');
    if (!isTotpCode(code)) errors.code = t('common.totpCode.required');
    setFieldErrors(errors);
    setProblem(null);
    const firstInvalid = (['password', 'code'] as const).find((field) => errors[field]);
    if (firstInvalid) {
      inputs[firstInvalid].current?.focus();
      return;
    }

    disable.mutate(
      { password: values.password, code },
      {
        onSuccess: () => onDisabled(),
        onError: (error) => {
          const next = toDisableProblem(error);
          setProblem(next);
          if (next.kind === 'invalidPassword') {
            setValues({ password: '', code: '' });
            inputs.password.current?.focus();
          } else if (next.kind === 'invalidCode') {
            setValues((current) => ({ ...current, code: '' }));
            inputs.code.current?.focus();
          }
        },
      },
    );
  }

  const describedBy = problem ? alertId : undefined;

  return (
    <form
      className="disable-form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby={headingId}
      aria-busy={busy}
    >
      <h3 id={headingId}>{t('account.twoFactor.disableHeading')}</h3>
      <p>{t('account.twoFactor.disableText')}</p>
      {problem && (
        <div id={alertId} role="alert" className="alert alert--error">
          {disableProblemMessage(problem, lockoutSeconds, t)}
        </div>
      )}
      <TextField
        ref={inputs.password}
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('account.twoFactor.password')}
        value={values.password}
        onChange={(event) => setValues((current) => ({ ...current, password: event.target.value }))}
        required
        maxLength={LIMITS.passwordMax}
        error={fieldErrors.password}
        invalid={problem?.kind === 'invalidPassword'}
        describedBy={describedBy}
      />
      <TextField
        {...TOTP_CODE_INPUT_PROPS}
        ref={inputs.code}
        name="code"
        label={t('common.totpCode.label')}
        value={values.code}
        onChange={(event) => setValues((current) => ({ ...current, code: event.target.value }))}
        required
        error={fieldErrors.code}
        invalid={problem?.kind === 'invalidCode'}
        describedBy={describedBy}
      />
      <SubmitButton
        className="button button--primary"
        busy={busy}
        busyLabel={t('account.twoFactor.disabling')}
        disabled={lockedOut}
      >
        {t('account.twoFactor.disable')}
      </SubmitButton>
    </form>
  );
}
