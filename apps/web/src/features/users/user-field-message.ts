import { USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH } from '@portal/shared';
import type { TFunction } from 'i18next';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from './constants';
import type { UserFieldProblem, UserFormField } from './user-form';

const USERNAME_LIMITS = { min: USERNAME_MIN_LENGTH, max: USERNAME_MAX_LENGTH };

/** What a field of the user form says about its problem, in the current language. */
export function userFieldMessage(
  field: UserFormField,
  problem: UserFieldProblem,
  t: TFunction,
): string {
  switch (field) {
    case 'username':
      return usernameMessage(problem, t);
    case 'displayName':
      return problem === 'tooLong'
        ? t('users.form.errors.displayNameTooLong', { max: DISPLAY_NAME_MAX_LENGTH })
        : t('users.form.errors.displayNameInvalid');
    case 'email':
      if (problem === 'required') return t('users.form.errors.emailRequired');
      return problem === 'tooLong'
        ? t('users.form.errors.emailTooLong', { max: EMAIL_MAX_LENGTH })
        : t('users.form.errors.emailInvalid');
    case 'role':
      return t('users.form.errors.roleRequired');
  }
}

function usernameMessage(problem: UserFieldProblem, t: TFunction): string {
  switch (problem) {
    case 'required':
      return t('users.form.errors.usernameRequired');
    case 'too_short':
      return t('users.form.errors.usernameTooShort', USERNAME_LIMITS);
    case 'too_long':
    case 'tooLong':
      return t('users.form.errors.usernameTooLong', USERNAME_LIMITS);
    case 'taken':
      return t('users.form.errors.usernameTaken');
    default:
      return t('users.form.errors.usernameCharacters');
  }
}
