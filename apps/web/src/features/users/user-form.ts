import {
  CreateUserBody,
  checkUsername,
  ROLE_KEYS,
  type RoleKey,
  type UpdateUserBody,
  type UserListItem,
  type UsernameProblem,
} from '@portal/shared';
import { fieldProblems } from '@/lib/field-problems';

export const USER_FORM_FIELDS = ['username', 'displayName', 'email', 'role'] as const;
export type UserFormField = (typeof USER_FORM_FIELDS)[number];

/** What the create and edit dialogs hold; role '' is "no role" (only users without one show it). */
export type UserFormValues = {
  username: string;
  displayName: string;
  email: string;
  role: RoleKey | '';
};

/** Why a field cannot be sent: the username rules of @portal/shared, or the schema's checks. */
export type UserFieldProblem = 'required' | 'tooLong' | 'invalid' | 'taken' | UsernameProblem;
export type UserFormErrors = Partial<Record<UserFormField, UserFieldProblem>>;

export const EMPTY_USER_FORM: UserFormValues = {
  username: '',
  displayName: '',
  email: '',
  role: 'user',
};

export function isUserFormField(value: unknown): value is UserFormField {
  return (USER_FORM_FIELDS as readonly unknown[]).includes(value);
}

export function isRoleKey(value: string): value is RoleKey {
  return (ROLE_KEYS as readonly string[]).includes(value);
}

/** The single role the form edits: admin wins, since it grants everything user does. */
export function primaryRole(roles: readonly string[]): RoleKey | '' {
  if (roles.includes('admin')) return 'admin';
  return roles.includes('user') ? 'user' : '';
}

export function userFormValues(user: UserListItem): UserFormValues {
  return {
    username: user.username,
    displayName: user.displayName,
    email: user.email ?? '',
    role: primaryRole(user.roles),
  };
}

/**
 * The username problem shown while typing: a wrong character or too many at once, but "too
 * short" only on submit, so that the first letter typed is not greeted with an error.
 */
export function liveUsernameProblem(username: string): UsernameProblem | null {
  const problem = checkUsername(username.trim());
  return problem === 'too_short' ? null : problem;
}

type Trimmed = { username: string; displayName: string; email: string; role: RoleKey | '' };

function trimmed(values: UserFormValues): Trimmed {
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    email: values.email.trim(),
    role: values.role,
  };
}

type ValidateOptions = {
  emailRequired: boolean;
  roleRequired: boolean;
  /** Fields left as they were: values made under older rules stay valid until changed. */
  unchanged?: readonly UserFormField[];
};

/** Checks what the API checks: the username rules, the schema's lengths and e-mail format. */
function validate(values: Trimmed, options: ValidateOptions): UserFormErrors {
  const errors: UserFormErrors = {};
  const checks = (field: UserFormField) => !options.unchanged?.includes(field);
  const usernameProblem = checkUsername(values.username);
  if (checks('username')) {
    if (values.username === '') errors.username = 'required';
    else if (usernameProblem) errors.username = usernameProblem;
  }

  const schemaProblems = fieldProblems(
    CreateUserBody,
    { displayName: values.displayName, email: values.email },
    ['displayName', 'email'],
  );
  if (checks('displayName') && schemaProblems.displayName === 'TooLong') {
    errors.displayName = 'tooLong';
  }
  if (values.email === '') {
    if (options.emailRequired) errors.email = 'required';
  } else if (checks('email') && schemaProblems.email) {
    errors.email = schemaProblems.email === 'TooLong' ? 'tooLong' : 'invalid';
  }
  if (values.role === '' && options.roleRequired) errors.role = 'required';
  return errors;
}

type Checked<T> = { body: T; errors?: undefined } | { body?: undefined; errors: UserFormErrors };

/** POST /api/users: every field the form holds (an empty display name is left out). */
export function toCreateUserBody(values: UserFormValues): Checked<CreateUserBody> {
  const value = trimmed(values);
  const errors = validate(value, { emailRequired: true, roleRequired: true });
  if (Object.keys(errors).length > 0 || value.role === '') return { errors };
  return {
    body: {
      username: value.username,
      ...(value.displayName ? { displayName: value.displayName } : {}),
      email: value.email,
      role: value.role,
    },
  };
}

/**
 * PATCH /api/users/:userId: only what changed (null when nothing did). An e-mail address can be
 * changed but not removed; a user without a role keeps none until one is chosen.
 */
export function toUpdateUserBody(
  values: UserFormValues,
  user: UserListItem,
): Checked<UpdateUserBody | null> {
  const value = trimmed(values);
  const before = trimmed(userFormValues(user));
  const unchanged = (['username', 'displayName', 'email'] as const).filter(
    (field) => value[field] === before[field],
  );
  const errors = validate(value, {
    emailRequired: user.email !== null,
    roleRequired: false,
    unchanged,
  });
  if (Object.keys(errors).length > 0) return { errors };

  const body: UpdateUserBody = {};
  if (!unchanged.includes('username')) body.username = value.username;
  if (!unchanged.includes('displayName')) body.displayName = value.displayName;
  if (value.email !== '' && !unchanged.includes('email')) body.email = value.email;
  if (value.role !== '' && value.role !== before.role) body.role = value.role;
  return { body: Object.keys(body).length > 0 ? body : null };
}
