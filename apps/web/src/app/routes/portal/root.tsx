import { ERROR_CODES } from '@portal/shared';
import { Outlet } from 'react-router-dom';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { PortalLayout } from '@/features/portal/components/portal-layout';
import { PortalLoadError } from '@/features/portal/components/portal-load-error';
import { isApiError, isSessionEnd } from '@/lib/api-client';
import { useMe } from '@/lib/me';

/**
 * Everything under / needs a session. Without one, /api/me answers 401 and the query client's
 * session-end handler sends the browser to the login page; acting in a customer that has left the
 * reseller, it answers 403 customer_unavailable and the handler goes back to "Select customer".
 * Until then a spinner shows.
 */
export function PortalRoot() {
  const me = useMe();

  if (me.data) {
    return (
      <PortalLayout me={me.data}>
        <Outlet />
      </PortalLayout>
    );
  }
  if (
    me.isError &&
    !isSessionEnd(me.error) &&
    !isApiError(me.error, ERROR_CODES.CUSTOMER_UNAVAILABLE)
  ) {
    return <PortalLoadError onRetry={() => void me.refetch()} />;
  }
  return <FullPageSpinner />;
}
