import { useTranslation } from 'react-i18next';

/** The product mark and name; decorative logo, the name is the text. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <span className="brand">
      <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M16 2 4 6.5v8.3c0 7.4 5.1 13.6 12 15.2 6.9-1.6 12-7.8 12-15.2V6.5z"
        />
        <path
          fill="none"
          stroke="#fff"
          strokeLinecap="round"
          strokeLinejoin="round"
          strokeWidth="2.6"
          d="m10.5 16.2 3.8 3.8 7.2-7.6"
        />
      </svg>
      <span className="brand__name">{t('common.productName')}</span>
    </span>
  );
}
