import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { getMe, meQueryOptions } from '@/lib/me';

/**
 * Someone already signed in who opens the login page is sent on (`onSignedIn`). The form renders
 * at once; one /api/me call in the background decides. Its 401 is the usual answer here and means
 * nothing: it is asked outside the query cache, so it does not count as a session that ended.
 */
export function useSignedInRedirect(onSignedIn: () => void): void {
  const queryClient = useQueryClient();
  const latestOnSignedIn = useRef(onSignedIn);
  latestOnSignedIn.current = onSignedIn;

  useEffect(() => {
    let active = true;
    getMe().then(
      (me) => {
        if (!active) return;
        queryClient.setQueryData(meQueryOptions().queryKey, me);
        latestOnSignedIn.current();
      },
      () => {
        // Not signed in (or the API away): the form is what this page offers.
      },
    );
    return () => {
      active = false;
    };
  }, [queryClient]);
}
