import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { StepUpProvider } from '@/components/step-up/step-up-provider';
import { PasskeyStepUp } from '@/features/passkeys/components/passkey-step-up';

type AppProviderProps = {
  queryClient: QueryClient;
  i18n: I18n;
  children: ReactNode;
};

/** Everything the pages expect around them; shared by the app and the tests. */
export function AppProvider({ queryClient, i18n, children }: AppProviderProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <StepUpProvider alternative={PasskeyStepUp}>{children}</StepUpProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
