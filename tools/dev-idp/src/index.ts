export {
  authenticate,
  DEFAULT_ACCOUNTS,
  DEFAULT_PASSWORD,
  type DevIdpAccount,
  OTP_REQUIRED_MESSAGE,
  WRONG_CREDENTIALS_MESSAGE,
} from './accounts.js';
export { CALLBACK_PATH, DEV_IDP_DEFAULTS, devIdpOptionsFromEnv, POST_LOGOUT_PATH } from './env.js';
export { DevIdpProductionError, PRODUCTION_REFUSAL } from './guard.js';
export {
  DevIdpCookieJar,
  DevIdpLoginError,
  loginProgrammatically,
  type ProgrammaticLoginInput,
} from './programmatic-login.js';
export type { DevIdpClient } from './provider.js';
export { type DevIdp, type StartDevIdpOptions, startDevIdp } from './start.js';
