import { ERROR_CODES, type UserListItem } from '@portal/shared';
import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';
import { userActionProblemMessage } from './user-action-problem';

/** What can be wrong with the subject typed into "Link to reseller portal". */
export type SubjectProblem = 'required' | 'invalid' | 'alreadyLinked';

/**
 * The refusals of linking that concern the subject. The dialog is not offered for the own
 * account, so a 409 means the subject belongs to another user (issuer and subject are unique).
 */
export function subjectProblemOf(error: unknown): SubjectProblem | null {
  if (isApiError(error, ERROR_CODES.CONFLICT)) return 'alreadyLinked';
  if (isApiError(error, ERROR_CODES.VALIDATION_ERROR)) return 'invalid';
  return null;
}

/**
 * Why unlinking failed, translated. A 409 is one of two things the list already shows: the user
 * has no e-mail address for the link to set a password, or is no longer linked.
 */
export function unlinkProblemMessage(
  error: unknown,
  user: Pick<UserListItem, 'email'>,
  t: TFunction,
): string {
  if (isApiError(error, ERROR_CODES.CONFLICT)) {
    return user.email === null
      ? t('users.unlinkResellerPortal.errors.noEmail')
      : t('users.unlinkResellerPortal.errors.notLinked');
  }
  return userActionProblemMessage(error, t);
}
