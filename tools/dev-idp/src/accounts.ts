/** A reseller-portal account of the development identity provider; its id is the subject. */
export interface DevIdpAccount {
  id: string;
  name: string;
  email: string;
  /** Asks for a one-time code too and reports multi-factor authentication (`amr: ["pwd","otp"]`). */
  mfa: boolean;
  /** An `acr` value to put in the ID token (none by default). */
  acr?: string;
  /** What the account is for, printed at start. */
  purpose: string;
}

export const DEFAULT_PASSWORD = 'reseller-portal';

export const DEFAULT_ACCOUNTS: readonly DevIdpAccount[] = [
  {
    id: 'rsp.partner',
    name: 'Rita Partner',
    email: 'rsp.partner@reseller-portal.test',
    mfa: true,
    purpose: 'signs in with a one-time code (any 6 digits), linked to demo-reseller.tenant',
  },
  {
    id: 'rsp.nomfa',
    name: 'Nico Nomfa',
    email: 'rsp.nomfa@reseller-portal.test',
    mfa: false,
    purpose: 'password only: no multi-factor authentication',
  },
  {
    id: 'rsp.stranger',
    name: 'Sam Stranger',
    email: 'rsp.stranger@reseller-portal.test',
    mfa: false,
    purpose: 'password only, linked to no portal account',
  },
];

export interface LoginAttempt {
  username: string;
  password: string;
  otp: string;
}

export type LoginOutcome =
  | { ok: true; account: DevIdpAccount; amr: string[] }
  | { ok: false; message: string };

export const WRONG_CREDENTIALS_MESSAGE = 'Wrong username or password.';
export const OTP_REQUIRED_MESSAGE =
  'This account uses two-factor authentication: enter a 6-digit one-time code.';

// A development tool: any six digits count as a valid one-time code.
const ONE_TIME_CODE = /^\d{6}$/;

export function authenticate(
  accounts: readonly DevIdpAccount[],
  password: string,
  attempt: LoginAttempt,
): LoginOutcome {
  const account = accounts.find((candidate) => candidate.id === attempt.username.trim());
  if (!account || attempt.password !== password) {
    return { ok: false, message: WRONG_CREDENTIALS_MESSAGE };
  }
  if (!account.mfa) return { ok: true, account, amr: ['pwd'] };
  if (!ONE_TIME_CODE.test(attempt.otp.trim())) return { ok: false, message: OTP_REQUIRED_MESSAGE };
  return { ok: true, account, amr: ['pwd', 'otp'] };
}
