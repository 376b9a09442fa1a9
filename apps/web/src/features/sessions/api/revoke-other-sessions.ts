import { endpointRoutes, type RevokeOthersResponse } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { SESSIONS_QUERY_KEY } from './get-sessions';

/** POST /api/sessions/revoke-others: ends every session of the user but this one. */
export function revokeOtherSessions(): Promise<RevokeOthersResponse> {
  return callApi(endpointRoutes.revokeOtherSessions);
}

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeOtherSessions,
    onSettled: () => queryClient.invalidateQueries({ queryKey: SESSIONS_QUERY_KEY }),
  });
}
