import {
  ERROR_CODES,
  endpointRoutes,
  endpointUrl,
  type ReauthenticateRequest,
} from '@portal/shared';
import { createContext, useContext } from 'react';
import { callApi, isApiError } from '@/lib/api-client';

/** POST /api/account/reauthenticate: the session's factors count as proven for a few minutes. */
export function reauthenticate(answer: ReauthenticateRequest): Promise<void> {
  return callApi(endpointRoutes.reauthenticate, { body: answer });
}

/** Where a reseller-portal session proves itself again, coming back to `returnTo`. */
export function portalStepUpHref(returnTo: string): string {
  return endpointUrl(endpointRoutes.rspLogin, { query: { purpose: 'reauthenticate', returnTo } });
}

export function needsStepUp(error: unknown): boolean {
  return isApiError(error, ERROR_CODES.REAUTHENTICATION_REQUIRED);
}

/** The person closed "Confirm it's you" without confirming: the action did not happen. */
export class StepUpCancelled extends Error {
  constructor() {
    super('step-up cancelled');
    this.name = 'StepUpCancelled';
  }
}

/**
 * Runs a sensitive action; when the API answers that it needs a recent proof of the factors,
 * asks for it ("Confirm it's you") and runs the action once more. Rejects with StepUpCancelled
 * when the person cancels, and with the action's own error otherwise.
 */
export type WithStepUp = <T>(action: () => Promise<T>) => Promise<T>;

export const StepUpContext = createContext<WithStepUp | null>(null);

export function useStepUp(): WithStepUp {
  const withStepUp = useContext(StepUpContext);
  if (!withStepUp) throw new Error('useStepUp needs the StepUpProvider around the app');
  return withStepUp;
}
