import { endpointRoutes, type LoginRequest, type LoginResponse } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isSupportedLanguage } from '@/i18n/languages';
import { callApi } from '@/lib/api-client';

/** POST /api/auth/login: answers with the next step; on "authenticated" the session cookie is set. */
export function login(request: LoginRequest): Promise<LoginResponse> {
  return callApi(endpointRoutes.login, { body: request });
}

/** The password sign-in, sending the UI's language: the user's mails are written in it. */
export function useLogin() {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: (request: LoginRequest) => {
      const language = i18n.resolvedLanguage;
      return login(isSupportedLanguage(language) ? { ...request, language } : request);
    },
    onSuccess: (response) => {
      // Nothing cached for a previous account may leak into the new session.
      if (response.status === 'authenticated') queryClient.removeQueries();
    },
  });
}
