import {
  type TenantSettings,
  TWO_FACTOR_REQUIREMENTS,
  type TwoFactorRequirement,
} from '@portal/shared';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useFirstInvalidFocus } from '@/hooks/use-first-invalid-focus';
import { formatDateTime } from '@/lib/format-date';
import { useUpdateTenantSettings } from '../api/update-tenant-settings';
import { graceDeadlineFromInput, isGraceOver, toGraceInputValue } from '../grace-deadline';
import { type SaveProblem, toSaveProblem } from '../settings-problem';

/** Who must use 2FA, an optional grace deadline, and how many required users still lack 2FA. */
export function TwoFactorPolicyForm({ settings }: { settings: TenantSettings }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const alertId = useId();
  const update = useUpdateTenantSettings();
  const graceInput = useRef<HTMLInputElement>(null);
  const { formRef, focusFirstInvalid } = useFirstInvalidFocus();
  const [requiredFor, setRequiredFor] = useState<TwoFactorRequirement>(
    settings.twoFactorRequiredFor,
  );
  // A deadline that has passed grants nothing, and the API refuses to save one: start empty.
  const [grace, setGrace] = useState(() =>
    isGraceOver(settings.twoFactorGraceUntil)
      ? ''
      : toGraceInputValue(settings.twoFactorGraceUntil),
  );
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saved, setSaved] = useState(false);

  function showGraceProblem(next: SaveProblem) {
    setProblem(next);
    if (next.field === 'grace') focusFirstInvalid();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    const deadline = graceDeadlineFromInput(grace);
    if (!deadline.ok) {
      showGraceProblem({ field: 'grace', problem: deadline.problem });
      return;
    }
    setProblem(null);
    update.mutate(
      { twoFactorRequiredFor: requiredFor, twoFactorGraceUntil: deadline.deadline },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => showGraceProblem(toSaveProblem(error, t)),
      },
    );
  }

  function clearGrace() {
    setGrace('');
    setSaved(false);
    if (problem?.field === 'grace') setProblem(null);
    graceInput.current?.focus();
  }

  const graceError =
    problem?.field === 'grace'
      ? problem.problem === 'past'
        ? t('tenantSettings.twoFactor.gracePast')
        : t('tenantSettings.twoFactor.graceInvalid')
      : undefined;
  const formProblem = problem?.field === null ? problem.message : null;
  const lacking = settings.usersLackingTwoFactor;

  return (
    <section className="card settings-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tenantSettings.twoFactor.heading')}</h2>
      {/* Announced when a save changes the numbers (e.g. after requiring 2FA of all users). */}
      <p aria-live="polite">
        {lacking > 0
          ? t('tenantSettings.twoFactor.lacking', {
              count: lacking,
              total: settings.usersRequiringTwoFactor,
            })
          : t('tenantSettings.twoFactor.allActivated')}
      </p>
      <form
        ref={formRef}
        noValidate
        onSubmit={handleSubmit}
        aria-labelledby={headingId}
        aria-busy={update.isPending}
      >
        <fieldset className="choice-group">
          <legend className="choice-group__legend">
            {t('tenantSettings.twoFactor.requiredFor')}
          </legend>
          {TWO_FACTOR_REQUIREMENTS.map((option) => (
            <label key={option} className="checkbox choice-group__option">
              <input
                type="radio"
                name="twoFactorRequiredFor"
                value={option}
                checked={requiredFor === option}
                onChange={() => {
                  setRequiredFor(option);
                  setSaved(false);
                }}
              />
              {t(`tenantSettings.twoFactor.${option}`)}
            </label>
          ))}
        </fieldset>
        {isGraceOver(settings.twoFactorGraceUntil) && (
          <p className="muted">
            {t('tenantSettings.twoFactor.graceEnded', {
              date: formatDateTime(settings.twoFactorGraceUntil, i18n.resolvedLanguage),
            })}
          </p>
        )}
        <div className="grace-field">
          <TextField
            ref={graceInput}
            type="datetime-local"
            name="twoFactorGraceUntil"
            label={t('tenantSettings.twoFactor.graceUntil')}
            optional
            hint={t('tenantSettings.twoFactor.graceHint')}
            value={grace}
            onChange={(event) => {
              setGrace(event.target.value);
              setSaved(false);
            }}
            error={graceError}
          />
          <button type="button" className="button button--secondary" onClick={clearGrace}>
            {t('tenantSettings.twoFactor.clearGrace')}
          </button>
        </div>
        {formProblem && (
          <div id={alertId} role="alert" className="alert alert--error">
            {formProblem}
          </div>
        )}
        {/* Always in the page: a live region must exist before its text changes to be announced. */}
        <p className={saved ? 'alert alert--success' : undefined} role="status">
          {saved && t('tenantSettings.saved')}
        </p>
        <SubmitButton
          className="button button--primary"
          busy={update.isPending}
          busyLabel={t('tenantSettings.saving')}
        >
          {t('tenantSettings.save')}
        </SubmitButton>
      </form>
    </section>
  );
}
