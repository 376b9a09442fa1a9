import { endpointRoutes, type Language } from '@portal/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/me';

/** PUT /api/account/language: 204; the user's mails are written in it from now on. */
export function changeLanguage(language: Language): Promise<void> {
  return callApi(endpointRoutes.changeLanguage, { body: { language } });
}

export function useChangeLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeLanguage,
    onSettled: () => queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
  });
}
