import 'i18next';
import type { Translation } from './texts/en';

/** Makes every `t('…')` key checked against the English reference at compile time. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
