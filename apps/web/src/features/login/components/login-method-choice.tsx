import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The two ways to sign in, as toggle buttons. Only the Unified Security account works for now;
 * the reseller portal (OpenID Connect) is shown disabled, with a hint, so people know it is coming.
 */
export function LoginMethodChoice() {
  const { t } = useTranslation();
  const hintId = useId();

  return (
    <fieldset className="method-choice">
      <legend className="method-choice__label">{t('login.method.legend')}</legend>
      <button type="button" className="method-choice__option" aria-pressed="true">
        {t('login.method.unified')}
      </button>
      <button
        type="button"
        className="method-choice__option"
        aria-pressed="false"
        aria-describedby={hintId}
        disabled
      >
        {t('login.method.resellerPortal')}
      </button>
      <p id={hintId} className="method-choice__hint">
        {t('login.method.resellerPortalHint')}
      </p>
    </fieldset>
  );
}
