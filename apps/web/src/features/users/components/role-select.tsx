import { ROLE_KEYS } from '@portal/shared';
import { type Ref, type SelectHTMLAttributes, useId } from 'react';
import { useTranslation } from 'react-i18next';

type RoleSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> & {
  label: string;
  error?: string | undefined;
  /** Offers "No role": only for a user who has none, so that saving other fields keeps it so. */
  noRoleOption: boolean;
  ref?: Ref<HTMLSelectElement>;
};

/**
 * The role a user has in the tenant: Administrator or User, by their translated names, with what
 * Administrator grants as the description of the choice.
 */
export function RoleSelect({ label, error, noRoleOption, ref, ...selectProps }: RoleSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {/* What the choice means: the administrator role grants much and demands 2FA. */}
      <p id={hintId} className="field__hint">
        {t('users.form.roleHint')}
      </p>
      <select
        {...selectProps}
        ref={ref}
        id={id}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      >
        {noRoleOption && <option value="">{t('users.form.noRole')}</option>}
        {ROLE_KEYS.map((role) => (
          <option key={role} value={role}>
            {t(`common.roles.${role}`)}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
