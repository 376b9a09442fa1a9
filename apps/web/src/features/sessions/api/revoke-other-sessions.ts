import { API_PATHS, type RevokeOthersResponse } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { SESSIONS_QUERY_KEY } from './get-sessions';

/** POST /api/sessions/revoke-others: ends every session of the user but this one. */
export function revokeOtherSessions(): Promise<RevokeOthersResponse> {
  return api.post<RevokeOthersResponse>(API_PATHS.sessionsRevokeOthers);
}

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeOtherSessions,
    onSettled: () => queryClient.invalidateQueries({ queryKey: SESSIONS_QUERY_KEY }),
  });
}
