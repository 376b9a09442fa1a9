import { endpointRoutes } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { SESSIONS_QUERY_KEY } from './get-sessions';

/**
 * DELETE /api/sessions/:sessionId: ends one of the user's other sessions (204); 404 when it has
 * ended already. The page never offers the current one: "Log out" ends that.
 */
export function revokeSession(sessionId: string): Promise<void> {
  return callApi(endpointRoutes.revokeSession, { params: { sessionId } });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: SESSIONS_QUERY_KEY }),
  });
}
