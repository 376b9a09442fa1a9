import { type ForgotPasswordRequest, SIGN_IN_SCHEMAS } from '@portal/shared';
import { type FieldProblem, simpleFieldProblems } from '@/lib/simple-schema';

export const PASSWORD_FORGOTTEN_FIELDS = ['tenantDomain', 'username'] as const;
export type PasswordForgottenField = (typeof PASSWORD_FORGOTTEN_FIELDS)[number];
export type PasswordForgottenValues = Record<PasswordForgottenField, string>;
export type PasswordForgottenFieldErrors = Partial<Record<PasswordForgottenField, FieldProblem>>;

export function isPasswordForgottenField(value: unknown): value is PasswordForgottenField {
  return (PASSWORD_FORGOTTEN_FIELDS as readonly unknown[]).includes(value);
}

/** Trims both values, as the login form does, and checks them against the shared schema. */
export function toPasswordForgottenRequest(
  values: PasswordForgottenValues,
):
  | { request: ForgotPasswordRequest; errors?: undefined }
  | { request?: undefined; errors: PasswordForgottenFieldErrors } {
  const request: ForgotPasswordRequest = {
    tenantDomain: values.tenantDomain.trim(),
    username: values.username.trim(),
  };
  const errors = simpleFieldProblems(
    SIGN_IN_SCHEMAS.forgotPassword,
    request,
    PASSWORD_FORGOTTEN_FIELDS,
  );
  return Object.keys(errors).length > 0 ? { errors } : { request };
}
