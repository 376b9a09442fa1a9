import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets "<page> – Unified Security Portal" as the tab title; it follows language switches. */
export function useDocumentTitle(page: string) {
  const { t } = useTranslation();
  const title = t('common.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
