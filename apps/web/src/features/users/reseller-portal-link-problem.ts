import { ERROR_CODES } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { userActionProblemMessage } from './user-action-problem';

/** What can be wrong with the subject typed into "Link to reseller portal". */
export type SubjectProblem = 'required' | 'invalid' | 'alreadyLinked';

/** The refusals of linking that concern the subject (issuer and subject are unique). */
export function subjectProblemOf(error: unknown): SubjectProblem | null {
  if (isApiError(error, ERROR_CODES.SUBJECT_TAKEN)) return 'alreadyLinked';
  if (isApiError(error, ERROR_CODES.VALIDATION_ERROR)) return 'invalid';
  return null;
}

/**
 * Why unlinking failed, translated: the user has no e-mail address for the link to set a
 * password, or is no longer linked, or what any user action can meet.
 */
export function unlinkProblemMessage(error: unknown, t: TFunction): string {
  if (isApiError(error, ERROR_CODES.NO_EMAIL))
    return t('users.unlinkResellerPortal.errors.noEmail');
  if (isApiError(error, ERROR_CODES.NOT_LINKED)) {
    return t('users.unlinkResellerPortal.errors.notLinked');
  }
  return userActionProblemMessage(error, t);
}
