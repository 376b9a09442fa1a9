import { type LoginRequest, SIGN_IN_SCHEMAS } from '@portal/shared';
import { type FieldProblem, simpleFieldProblems } from '@/lib/simple-schema';

export const LOGIN_FIELDS = ['tenantDomain', 'username', 'password'] as const;
export type LoginField = (typeof LOGIN_FIELDS)[number];
export type LoginFormValues = Record<LoginField, string>;
export type LoginFieldErrors = Partial<Record<LoginField, FieldProblem>>;

export function isLoginField(value: unknown): value is LoginField {
  return (LOGIN_FIELDS as readonly unknown[]).includes(value);
}

/**
 * The tenant domain in what was typed or pasted: the domain itself, or taken out of the portal's
 * tenant link (https://portal.example/tenant/acme-123456.tenant/login), which people copy whole.
 */
export function tenantDomainOf(input: string): string {
  const trimmed = input.trim();
  const fromLink = /\/tenant\/([^/?#]+)/.exec(trimmed)?.[1];
  if (!fromLink) return trimmed;
  try {
    return decodeURIComponent(fromLink);
  } catch {
    return fromLink;
  }
}

/**
 * Trims what people paste with stray spaces (not the password: spaces may be part of it) and
 * checks the result against the same schema the API validates with.
 */
export function toLoginRequest(
  values: LoginFormValues,
):
  | { request: LoginRequest; errors?: undefined }
  | { request?: undefined; errors: LoginFieldErrors } {
  const request: LoginRequest = {
    tenantDomain: tenantDomainOf(values.tenantDomain),
    username: values.username.trim(),
    password: values.password,
  };
  const errors = simpleFieldProblems(SIGN_IN_SCHEMAS.login, request, LOGIN_FIELDS);
  return Object.keys(errors).length > 0 ? { errors } : { request };
}

/**
 * Who a lockout concerns: the tenant and username as the server compares them (trimmed, any
 * case). "Log in" waits only while this same account is entered.
 */
export function lockoutAccountKey(values: Pick<LoginFormValues, 'tenantDomain' | 'username'>) {
  return `${values.tenantDomain.trim().toLowerCase()}\n${values.username.trim().toLowerCase()}`;
}
