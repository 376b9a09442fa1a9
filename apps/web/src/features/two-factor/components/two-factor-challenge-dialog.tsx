import { SIGN_IN_SCHEMAS } from '@portal/shared';
import { type FormEvent, type ReactNode, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Modal } from '@/components/ui/modal';
import { SubmitButton } from '@/components/ui/submit-button';
import { matchesSimpleSchema } from '@/lib/simple-schema';
import { isTotpCode, normalizeTotpCode, TOTP_CODE_INPUT_PROPS } from '@/lib/totp-code';
import { useVerifyRecoveryCode } from '../api/verify-recovery-code';
import { useVerifyTotp } from '../api/verify-totp';
import { useCodeEntry } from '../hooks/use-code-entry';
import { CodeField } from './code-field';

type Method = 'totp' | 'recovery';

const CHECKS = {
  totp: { normalize: normalizeTotpCode, isValid: isTotpCode },
  recovery: {
    normalize: (value: string) => value.trim(),
    isValid: (code: string) => matchesSimpleSchema(SIGN_IN_SCHEMAS.recoveryCode, { code }),
  },
} as const;

const RECOVERY_CODE_INPUT_PROPS = {
  autoComplete: 'off',
  autoCapitalize: 'off',
  autoCorrect: 'off',
  spellCheck: false,
  maxLength: 64,
} as const;

type TwoFactorChallengeDialogProps = {
  onAuthenticated: () => void;
  /** The pending sign-in is over (expired, too many wrong codes): back to the password step. */
  onExpired: () => void;
  onCancel: () => void;
  /** "Use your passkey" (features/passkeys), composed by the route when offered. */
  passkey?: ReactNode;
};

/**
 * The second step of a sign-in: the code from the authenticator app, or one recovery code.
 * The dialog opens with the focus in the code field; Close or Escape returns to the password.
 */
export function TwoFactorChallengeDialog({
  onAuthenticated,
  onExpired,
  onCancel,
  passkey,
}: TwoFactorChallengeDialogProps) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<Method>('totp');
  const entry = useCodeEntry();
  const totp = useVerifyTotp();
  const recovery = useVerifyRecoveryCode();
  const busy = totp.isPending || recovery.isPending;
  const isTotp = method === 'totp';

  function switchMethod() {
    // Rendered at once, so the field of the other method can take the focus right away.
    flushSync(() => {
      setMethod(isTotp ? 'recovery' : 'totp');
      entry.reset();
    });
    entry.focus();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || entry.lockedOut) return;
    const code = entry.take(CHECKS[method]);
    if (code === null) return;
    const verify = isTotp ? totp : recovery;
    verify.mutate(
      { code },
      {
        onSuccess: () => onAuthenticated(),
        onError: (error) => {
          if (entry.fail(error).kind === 'loginExpired') onExpired();
        },
      },
    );
  }

  return (
    <Modal
      title={t('twoFactor.challenge.title')}
      description={
        isTotp
          ? t('twoFactor.challenge.totpDescription')
          : t('twoFactor.challenge.recoveryDescription')
      }
      onClose={onCancel}
      // Verify is the one primary action; Close steps back.
      closeButton="secondary"
    >
      {passkey}
      <form className="code-form" noValidate onSubmit={handleSubmit} aria-busy={busy}>
        <CodeField
          entry={entry}
          name={isTotp ? 'code' : 'recoveryCode'}
          label={isTotp ? t('common.totpCode.label') : t('twoFactor.challenge.recoveryCodeLabel')}
          messages={
            isTotp
              ? {
                  format: t('common.totpCode.required'),
                  invalidCode: t('twoFactor.challenge.invalidCode'),
                }
              : {
                  format: t('twoFactor.challenge.recoveryCodeRequired'),
                  invalidCode: t('twoFactor.challenge.invalidRecoveryCode'),
                }
          }
          inputProps={isTotp ? TOTP_CODE_INPUT_PROPS : RECOVERY_CODE_INPUT_PROPS}
          totp={isTotp}
        />
        <SubmitButton
          busy={busy}
          busyLabel={t('twoFactor.challenge.verifying')}
          disabled={entry.lockedOut}
        >
          {t('twoFactor.challenge.verify')}
        </SubmitButton>
        <p className="code-form__switch">
          <button type="button" className="link-button" onClick={switchMethod}>
            {isTotp
              ? t('twoFactor.challenge.useRecoveryCode')
              : t('twoFactor.challenge.useAuthenticatorApp')}
          </button>
        </p>
      </form>
    </Modal>
  );
}
