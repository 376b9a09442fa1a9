import { endpointRoutes, type UpdateUserBody, type UserListItem } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/me';
import { useStepUp } from '@/lib/step-up';
import { USERS_QUERY_KEY } from './get-users';

export type UpdateUserInput = { userId: string; body: UpdateUserBody };

/**
 * PATCH /api/users/:userId: changes only the fields given (also the status: deactivating ends the
 * user's sessions). 409 last_admin / own_account / username_taken / managed_by_reseller_portal when refused.
 */
export function updateUser({ userId, body }: UpdateUserInput): Promise<UserListItem> {
  return callApi(endpointRoutes.updateUser, { params: { userId }, body });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  const withStepUp = useStepUp();
  return useMutation({
    // Changing one's own e-mail address asks "Confirm it's you" when the proof is old.
    mutationFn: (input: UpdateUserInput) => withStepUp(() => updateUser(input)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
        // An administrator may have renamed themselves: the header shows the new name.
        queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
      ]),
  });
}
