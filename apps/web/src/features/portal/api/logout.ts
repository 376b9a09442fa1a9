import { endpointRoutes } from '@portal/shared';
import { useMutation } from '@tanstack/react-query';
import { callApi, isSessionEnd } from '@/lib/api-client';

/** POST /api/auth/logout: ends the session on the server and clears its cookie. */
export async function logout(): Promise<void> {
  try {
    await callApi(endpointRoutes.logout);
  } catch (error) {
    // No session left to end is what logging out wants anyway.
    if (!isSessionEnd(error)) throw error;
  }
}

export function useLogout() {
  return useMutation({ mutationFn: logout });
}
