import { endpoints, type LoginRequest, type LoginResponse } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';

/** POST /api/auth/login: answers with the next step; on "authenticated" the session cookie is set. */
export function login(request: LoginRequest): Promise<LoginResponse> {
  return callApi(endpoints.login, { body: request });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      // Nothing cached for a previous account may leak into the new session.
      if (response.status === 'authenticated') queryClient.removeQueries();
    },
  });
}
