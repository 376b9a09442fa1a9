import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { StepUpCancelled } from '@/lib/step-up';
import { commonUserProblemMessage } from './user-action-problem';

/** Which own-account guard a change runs into: the API refuses each with own_account. */
export type OwnAccountChange = 'demote' | 'deactivate' | 'delete';

/**
 * What a dialog says when creating, changing or deleting a user fails, chosen by error code and
 * translated (the API's English message is never shown). Field errors are the form's business.
 */
export function userChangeProblemMessage(
  error: unknown,
  t: TFunction,
  ownAccountChange: OwnAccountChange,
): string {
  if (error instanceof StepUpCancelled) return t('common.stepUp.cancelled');
  if (!isApiError(error)) return t('common.unexpected');
  switch (error.code) {
    case ERROR_CODES.LAST_ADMIN:
      return t('users.errors.lastAdmin');
    case ERROR_CODES.OWN_ACCOUNT:
      return t(`users.errors.ownAccount.${ownAccountChange}`);
    case ERROR_CODES.USERNAME_TAKEN:
      return t('users.form.errors.usernameTaken');
    case ERROR_CODES.VALIDATION_ERROR:
      return t('users.errors.validation');
    default:
      return commonUserProblemMessage(error, t);
  }
}
