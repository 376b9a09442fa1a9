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

/** The role a user has in the tenant: Administrator or User, by their translated names. */
export function RoleSelect({ label, error, noRoleOption, ref, ...selectProps }: RoleSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        {...selectProps}
        ref={ref}
        id={id}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
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
