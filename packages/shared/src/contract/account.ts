import {
  ChangeEmailRequest,
  ChangeEmailResponse,
  ChangePasswordRequest,
  NewRecoveryCodesResponse,
  ReauthenticateRequest,
  RecoveryCodeStatus,
} from '../schemas/account.js';
import { NoContent } from '../schemas/common.js';
import { LanguageRequest } from '../schemas/language.js';
import { defineEndpoint } from './endpoint.js';

const own = { permission: 'account.manage' } as const;
/** Sensitive changes of one's own account: a recent proof of the factors is needed. */
const ownSensitive = { permission: 'account.manage', stepUp: true } as const;

/** The signed-in user's own account: step-up, password, e-mail, 2FA and recovery codes. */
export const accountEndpoints = {
  reauthenticate: defineEndpoint({
    method: 'POST',
    path: '/api/account/reauthenticate',
    tag: 'account',
    summary:
      'Step-up: prove the factors again (password, plus a code with 2FA); sensitive changes then work for a few minutes',
    access: own,
    rateLimit: 'auth',
    body: ReauthenticateRequest,
    response: { 204: NoContent },
    errors: [
      'invalid_credentials',
      'invalid_code',
      'code_already_used',
      'too_many_attempts',
      'managed_by_reseller_portal',
    ],
  }),
  changePassword: defineEndpoint({
    method: 'POST',
    path: '/api/account/password',
    tag: 'account',
    summary: 'Change your password: your other sessions end, this one stays; a notice is mailed',
    access: ownSensitive,
    rateLimit: 'auth',
    body: ChangePasswordRequest,
    response: { 204: NoContent },
    errors: ['invalid_credentials', 'weak_password', 'managed_by_reseller_portal'],
  }),
  changeEmail: defineEndpoint({
    method: 'PUT',
    path: '/api/account/email',
    tag: 'account',
    summary: 'Change your e-mail address; both the old and the new address are told',
    access: ownSensitive,
    body: ChangeEmailRequest,
    response: { 200: ChangeEmailResponse },
    errors: [],
  }),
  changeLanguage: defineEndpoint({
    method: 'PUT',
    path: '/api/account/language',
    tag: 'account',
    summary: 'The language of your mails (en, de, fr); signing in sets it to the UI language too',
    access: own,
    body: LanguageRequest,
    response: { 204: NoContent },
    errors: [],
  }),
  disableTwoFactor: defineEndpoint({
    method: 'POST',
    path: '/api/account/two-factor/disable',
    tag: 'account',
    summary: 'Turn 2FA off (after a recent step-up); refused while your role requires it',
    access: ownSensitive,
    response: { 204: NoContent },
    errors: ['two_factor_required'],
  }),
  recoveryCodeStatus: defineEndpoint({
    method: 'GET',
    path: '/api/account/recovery-codes',
    tag: 'account',
    summary: 'How many of your recovery codes are left',
    access: own,
    response: { 200: RecoveryCodeStatus },
    errors: [],
  }),
  newRecoveryCodes: defineEndpoint({
    method: 'POST',
    path: '/api/account/recovery-codes',
    tag: 'account',
    summary: 'A new set of recovery codes (after a recent step-up): shown once, the old set ends',
    access: ownSensitive,
    response: { 200: NewRecoveryCodesResponse },
    errors: ['two_factor_not_enabled'],
  }),
} as const;
