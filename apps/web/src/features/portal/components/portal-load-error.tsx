import { useTranslation } from 'react-i18next';

/** /api/me failed for another reason than a missing session (e.g. the service is down). */
export function PortalLoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="full-page-center">
      <div className="card status-card">
        <h1>{t('portal.loadError')}</h1>
        <p role="alert">{t('common.serviceUnavailable')}</p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      </div>
    </main>
  );
}
