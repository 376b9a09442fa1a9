import {
  type CreateCustomerBody,
  CreateCustomerBody as CreateCustomerSchema,
  checkUsername,
  isTenantDomain,
  type UsernameProblem,
} from '@portal/shared';
import { fieldProblems } from '@/lib/field-problems';

export const CUSTOMER_FORM_FIELDS = ['name', 'domain', 'username', 'email', 'adminName'] as const;
export type CustomerFormField = (typeof CUSTOMER_FORM_FIELDS)[number];
export type CustomerFormValues = Record<CustomerFormField, string>;

/** Why a field cannot be sent; `taken` comes from the API (another tenant has the domain). */
export type CustomerFieldProblem = 'required' | 'tooLong' | 'invalid' | 'taken' | UsernameProblem;
export type CustomerFormErrors = Partial<Record<CustomerFormField, CustomerFieldProblem>>;

export const EMPTY_CUSTOMER_FORM: CustomerFormValues = {
  name: '',
  domain: '',
  username: '',
  email: '',
  adminName: '',
};

// Where the schema puts each field of the form.
const SCHEMA_PATHS = {
  name: 'name',
  domain: 'domain',
  username: 'admin/username',
  email: 'admin/email',
  adminName: 'admin/displayName',
} as const satisfies Record<CustomerFormField, string>;

/** The form field that the API named in a refusal (`admin.email` and the like), if any. */
export function customerFormFieldOf(apiField: string | undefined): CustomerFormField | null {
  if (apiField === undefined) return null;
  const path = apiField.replaceAll('.', '/').replace(/^\//, '');
  const entry = Object.entries(SCHEMA_PATHS).find(([, schemaPath]) => schemaPath === path);
  return (entry?.[0] as CustomerFormField | undefined) ?? null;
}

type Checked = { body: CreateCustomerBody; errors?: undefined } | { errors: CustomerFormErrors };

/**
 * POST /api/customers from the form: what the API checks, checked first (the shared domain and
 * username rules, the schema's lengths and e-mail format). Domains are case-insensitive, so
 * what is typed is lower-cased; an empty domain lets the API make one from the name.
 */
export function toCreateCustomerBody(values: CustomerFormValues): Checked {
  const name = values.name.trim();
  const domain = values.domain.trim().toLowerCase();
  const admin = {
    username: values.username.trim(),
    email: values.email.trim(),
    ...(values.adminName.trim() ? { displayName: values.adminName.trim() } : {}),
  };
  const body: CreateCustomerBody = { name, ...(domain ? { domain } : {}), admin };
  const errors: CustomerFormErrors = {};

  const problems = fieldProblems(
    CreateCustomerSchema,
    body as unknown as Record<string, unknown>,
    Object.values(SCHEMA_PATHS),
  );
  for (const field of CUSTOMER_FORM_FIELDS) {
    const problem = problems[SCHEMA_PATHS[field]];
    if (problem) errors[field] = problem === 'TooLong' ? 'tooLong' : 'invalid';
  }
  if (domain && !isTenantDomain(domain)) errors.domain = 'invalid';
  const usernameProblem = checkUsername(admin.username);
  if (usernameProblem) errors.username = usernameProblem;
  if (!name) errors.name = 'required';
  if (!admin.username) errors.username = 'required';
  if (!admin.email) errors.email = 'required';

  return Object.keys(errors).length > 0 ? { errors } : { body };
}
