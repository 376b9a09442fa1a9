import {
  endpointRoutes,
  type NewRecoveryCodesResponse,
  type RecoveryCodeStatus,
} from '@portal/shared';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { useStepUp } from '@/lib/step-up';

export const recoveryCodeStatusQueryOptions = () =>
  queryOptions({
    queryKey: ['recovery-codes'],
    queryFn: (): Promise<RecoveryCodeStatus> => callApi(endpointRoutes.recoveryCodeStatus),
  });

/** GET /api/account/recovery-codes: how many are left. */
export function useRecoveryCodeStatus(enabled: boolean) {
  return useQuery({ ...recoveryCodeStatusQueryOptions(), enabled });
}

/** POST /api/account/recovery-codes: a new set (after a step-up); the old set stops working. */
export function useNewRecoveryCodes() {
  const queryClient = useQueryClient();
  const withStepUp = useStepUp();
  return useMutation({
    mutationFn: (): Promise<NewRecoveryCodesResponse> =>
      withStepUp(() => callApi(endpointRoutes.newRecoveryCodes)),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: recoveryCodeStatusQueryOptions().queryKey }),
  });
}
