import { ERROR_CODES, type ErrorCode } from '@portal/shared';
import { AppError } from '../../../lib/app-error.js';
import type { PortalMetrics, SignInMethod, SignInOutcome } from '../../../metrics/registry.js';

const OUTCOME_OF_ERROR: Partial<Record<ErrorCode, SignInOutcome>> = {
  [ERROR_CODES.INVALID_CREDENTIALS]: 'invalid',
  [ERROR_CODES.TOO_MANY_ATTEMPTS]: 'locked',
  [ERROR_CODES.INVALID_CODE]: 'second_factor_failed',
  [ERROR_CODES.LOGIN_EXPIRED]: 'second_factor_failed',
  [ERROR_CODES.TWO_FACTOR_REQUIRED]: 'refused',
  [ERROR_CODES.MANAGED_BY_RESELLER_PORTAL]: 'refused',
};

/** Counts one sign-in attempt by how it ended, and passes its result or error on unchanged. */
export async function countSignIn<T>(
  metrics: PortalMetrics,
  method: SignInMethod,
  attempt: Promise<T>,
  outcomeOf: (result: T) => SignInOutcome,
): Promise<T> {
  try {
    const result = await attempt;
    metrics.signIns.inc({ method, outcome: outcomeOf(result) });
    return result;
  } catch (error) {
    const outcome = error instanceof AppError ? OUTCOME_OF_ERROR[error.code] : undefined;
    metrics.signIns.inc({ method, outcome: outcome ?? 'error' });
    throw error;
  }
}
