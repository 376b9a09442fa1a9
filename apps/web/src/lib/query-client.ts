import { ERROR_CODES, type ErrorCode } from '@portal/shared';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { type ApiError, isApiError, isFromEarlierSession, isSessionEnd } from '@/lib/api-client';

type QueryClientSettings = {
  /** Called whenever a request finds no session (401): with the code that says why. */
  onSessionEnded: (code: ErrorCode) => void;
  /**
   * Called when a request answers 403 customer_unavailable: the customer acted in has left the
   * reseller; the session stays and must choose where to act again.
   */
  onCustomerUnavailable?: (error: ApiError) => void;
  /** Tests switch retries off to get errors at once. */
  retry?: boolean;
};

/** Retrying only helps for failures that may go away: never for 4xx answers. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient({
  onSessionEnded,
  onCustomerUnavailable,
  retry = true,
}: QueryClientSettings) {
  // The one place that notices an ended session or a lost customer, whichever query or mutation
  // ran into it; answers to requests sent before the last switch say nothing about the session.
  const handleError = (error: unknown) => {
    if (!isApiError(error) || isFromEarlierSession(error)) return;
    if (isSessionEnd(error)) onSessionEnded(error.code);
    if (error.code === ERROR_CODES.CUSTOMER_UNAVAILABLE) onCustomerUnavailable?.(error);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: { retry: retry ? shouldRetry : false },
      mutations: { retry: false },
    },
  });
}

/**
 * Forgets everything cached for the session that ended (logout, 401), so nothing of it shows to
 * whoever signs in next; queries marked `meta.outlivesSession` (the server's public options)
 * stay, since the login page that follows needs them and is already observing them.
 */
export function forgetSessionData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.meta?.outlivesSession !== true });
  queryClient.getMutationCache().clear();
}
