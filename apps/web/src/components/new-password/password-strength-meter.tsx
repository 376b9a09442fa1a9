import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrengthLevel } from './password-strength';

const METER_VALUES: Record<StrengthLevel, number> = {
  none: 0,
  weak: 1,
  fair: 2,
  good: 3,
  strong: 4,
};

/**
 * "Password strength" as a <meter>: red while a rule is broken, yellow when just acceptable,
 * green from good on (the browser colours it by low/high/optimum). The word is its value text.
 */
export function PasswordStrengthMeter({ level }: { level: StrengthLevel }) {
  const { t } = useTranslation();
  const labelId = useId();
  const text = level === 'none' ? '' : t(`common.newPassword.strengthLevels.${level}`);

  return (
    <div className="strength">
      <span id={labelId} className="strength__label">
        {t('common.newPassword.strength')}
      </span>
      <meter
        className="strength__meter"
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={METER_VALUES[level]}
        aria-labelledby={labelId}
        aria-valuetext={text || undefined}
      />
      {/* Read as the meter's value already. */}
      <span className="strength__text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
