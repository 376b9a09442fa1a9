import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { apiErrorMessage } from '@/lib/api-error-message';
import { commonProblemMessage, toCommonProblem } from '@/lib/api-problem';

/** Why a code was not accepted, in the terms the forms show it. */
export type CodeProblem =
  /** Empty or not six digits (checked before sending, or answered validation_error). */
  | { kind: 'format' }
  | { kind: 'invalidCode' }
  /** Right, but its time step was just used: wait for the next code. */
  | { kind: 'codeAlreadyUsed' }
  | { kind: 'lockout'; until: number }
  | { kind: 'serviceUnavailable' }
  | { kind: 'unexpected' };

/** A failed code call: a problem to show, or the end of the pending sign-in step. */
export type CodeFailure = CodeProblem | { kind: 'loginExpired' };

/** Maps an error of a code call by its error code (never by message text). */
export function toCodeFailure(error: unknown, now = Date.now()): CodeFailure {
  if (isApiError(error)) {
    switch (error.code) {
      case ERROR_CODES.INVALID_CODE:
        return { kind: 'invalidCode' };
      case ERROR_CODES.CODE_ALREADY_USED:
        return { kind: 'codeAlreadyUsed' };
      case ERROR_CODES.LOGIN_EXPIRED:
        return { kind: 'loginExpired' };
      case ERROR_CODES.VALIDATION_ERROR:
        return { kind: 'format' };
    }
  }
  return toCommonProblem(error, 'lockout', now);
}

/** Whether the problem is about what was typed (the field is then marked invalid). */
export function isFieldProblem(problem: CodeProblem | null): boolean {
  return problem?.kind === 'format' || problem?.kind === 'invalidCode';
}

type CodeMessages = { format: string; invalidCode: string };

export function codeProblemMessage(
  problem: CodeProblem,
  messages: CodeMessages,
  lockoutSeconds: number,
  t: TFunction,
): string {
  switch (problem.kind) {
    case 'format':
      return messages.format;
    case 'invalidCode':
      return messages.invalidCode;
    case 'codeAlreadyUsed':
      return apiErrorMessage(ERROR_CODES.CODE_ALREADY_USED, t);
    default:
      return commonProblemMessage(problem, lockoutSeconds, t);
  }
}
