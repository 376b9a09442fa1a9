import { ERROR_CODES } from '@portal/shared';
import { type ComponentType, type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '@/components/ui/modal';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useSubmitWhenComplete } from '@/hooks/use-submit-when';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { lockoutMessage } from '@/lib/lockout';
import { useMe } from '@/lib/me';
import { portalStepUpHref, reauthenticate } from '@/lib/step-up';
import { isCompleteTotpCode } from '@/lib/totp-code';

type StepUpDialogProps = { onConfirmed: () => void; onCancel: () => void };
/** `only`: the one way to confirm (no password form beside it). */
type Alternative = ComponentType<{ onConfirmed: () => void; only?: boolean }>;

/**
 * "Confirm it's you": the password, and a code from the authenticator app (or a recovery code)
 * when the account has 2FA, or the `alternative` (a passkey) when it offers one; the passkey alone
 * when the account's 2FA is passkeys only. An account of the
 * reseller portal confirms at the portal instead.
 */
export function StepUpDialog({
  onConfirmed,
  onCancel,
  alternative: Alternative,
}: StepUpDialogProps & { alternative?: Alternative | undefined }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const viaPortal = me?.session.authMethod === 'reseller_portal';
  const needsCode = me?.twoFactor.enabled === true;
  // 2FA by passkeys alone: no authenticator-app code to type, so the passkey is the one way.
  const passkeyOnly = needsCode && me?.twoFactor.authenticatorApp === false && !!Alternative;

  return (
    <Modal title={t('common.stepUp.heading')} onClose={onCancel} closeButton={false}>
      {viaPortal ? (
        <>
          <p>{t('common.stepUp.resellerPortal')}</p>
          <div className="modal__actions">
            <a
              className="button button--primary"
              // Back to this very page once the portal has confirmed.
              href={portalStepUpHref(`${window.location.pathname}${window.location.search}`)}
            >
              {t('common.stepUp.resellerPortalButton')}
            </a>
            <button type="button" className="button" onClick={onCancel}>
              {t('common.stepUp.cancel')}
            </button>
          </div>
        </>
      ) : passkeyOnly && Alternative ? (
        <>
          <p>{t('common.stepUp.introPasskeyOnly')}</p>
          <Alternative onConfirmed={onConfirmed} only />
          <div className="modal__actions">
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('common.stepUp.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          {needsCode && Alternative && <Alternative onConfirmed={onConfirmed} />}
          <StepUpForm needsCode={needsCode} onConfirmed={onConfirmed} onCancel={onCancel} />
        </>
      )}
    </Modal>
  );
}

function StepUpForm({
  needsCode,
  onConfirmed,
  onCancel,
}: StepUpDialogProps & { needsCode: boolean }) {
  const { t } = useTranslation();
  const alertId = useId();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const submitWhenComplete = useSubmitWhenComplete(codeInput, code);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await reauthenticate({ password, ...(needsCode ? { code: code.replace(/\s+/g, '') } : {}) });
      onConfirmed();
    } catch (error) {
      setProblem(problemMessage(error, t));
      setBusy(false);
    }
  }

  const describedBy = problem ? alertId : undefined;
  return (
    <form noValidate onSubmit={submit} aria-busy={busy}>
      <p>{needsCode ? t('common.stepUp.introWithCode') : t('common.stepUp.intro')}</p>
      {problem && (
        <div id={alertId} role="alert" className="alert alert--error">
          {problem}
        </div>
      )}
      <TextField
        data-autofocus
        type="password"
        name="password"
        autoComplete="current-password"
        label={t('common.stepUp.password')}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        describedBy={describedBy}
        required
      />
      {needsCode && (
        <TextField
          ref={codeInput}
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          label={t('common.totpCode.label')}
          hint={t('common.stepUp.codeHint')}
          value={code}
          onChange={(event) => {
            // A recovery code is allowed here too, so letters stay; six digits send at once
            // when the password is there.
            setCode(event.target.value);
            submitWhenComplete(password !== '' && isCompleteTotpCode(event.target.value));
          }}
          describedBy={describedBy}
          required
        />
      )}
      <div className="modal__actions">
        <SubmitButton
          busy={busy}
          busyLabel={t('common.stepUp.confirming')}
          className="button button--primary"
        >
          {t('common.stepUp.confirm')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.stepUp.cancel')}
        </button>
      </div>
    </form>
  );
}

function problemMessage(error: unknown, t: ReturnType<typeof useTranslation>['t']): string {
  if (!isApiError(error)) return t('common.unexpected');
  switch (error.code) {
    case ERROR_CODES.INVALID_CREDENTIALS:
      return t('common.stepUp.wrongPassword');
    case ERROR_CODES.TOO_MANY_ATTEMPTS:
      return lockoutMessage(t, error.retryAfterSeconds ?? 60);
    default:
      return apiErrorMessage(error.code, t);
  }
}
