import { endpointRoutes, type UserListItem } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { USERS_QUERY_KEY } from './get-users';

/**
 * DELETE /api/users/:userId/rsp-link: the user no longer signs in at the reseller portal and is
 * mailed a link to set a password. 409 conflict when not linked (any more) or without an e-mail.
 */
export function unlinkUserFromResellerPortal(userId: string): Promise<UserListItem> {
  return callApi(endpointRoutes.unlinkUserFromResellerPortal, { params: { userId } });
}

export function useUnlinkUserFromResellerPortal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlinkUserFromResellerPortal,
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
}
