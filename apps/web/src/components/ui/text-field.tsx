import { type InputHTMLAttributes, type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  /**
   * Marks the label "(optional)": forms mark their optional fields, not their required ones
   * (those carry `required`, which screen readers announce).
   */
  optional?: boolean;
  hint?: string;
  error?: string;
  /** Marks the value as wrong when the message is shown elsewhere (e.g. a form-level alert). */
  invalid?: boolean;
  /** Ids of other elements that describe this field, e.g. a form-level alert. */
  describedBy?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose hint and error are tied to it for screen readers. */
export function TextField({
  label,
  optional,
  hint,
  error,
  invalid,
  describedBy,
  ref,
  ...inputProps
}: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedByIds = [hint && hintId, error && errorId, describedBy].filter(Boolean).join(' ');

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {optional ? t('common.optionalField', { label }) : label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <input
        {...inputProps}
        ref={ref}
        id={id}
        className="field__input"
        aria-invalid={error || invalid ? true : undefined}
        aria-describedby={describedByIds || undefined}
      />
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
