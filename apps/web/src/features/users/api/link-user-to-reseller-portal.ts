import { endpointRoutes, type RspLinkBody, type UserListItem } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { USERS_QUERY_KEY } from './get-users';

export type LinkUserInput = { userId: string; body: RspLinkBody };

/**
 * PUT /api/users/:userId/rsp-link: from now on the user signs in at the reseller portal as this
 * subject; their password, our 2FA and their sessions end. 409 conflict when the subject is
 * linked to someone else; 404 when no portal is configured.
 */
export function linkUserToResellerPortal({ userId, body }: LinkUserInput): Promise<UserListItem> {
  return callApi(endpointRoutes.linkUserToResellerPortal, { params: { userId }, body });
}

export function useLinkUserToResellerPortal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: linkUserToResellerPortal,
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
}
