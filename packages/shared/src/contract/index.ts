import { accountEndpoints } from './account.js';
import { authEndpoints } from './auth.js';
import type { Endpoint } from './endpoint.js';
import { operationEndpoints } from './operations.js';
import { passkeyEndpoints } from './passkeys.js';
import { passwordResetEndpoints } from './password-reset.js';
import { portalEndpoints } from './portal.js';
import { twoFactorEndpoints } from './two-factor.js';
import { userEndpoints } from './users.js';

export * from './endpoint.js';
export * from './routes.js';

/**
 * Every operation of the API, each defined once (method, path, params, query, body, answers,
 * errors). The API registers its routes from these; the SPA calls them with `callApi`.
 */
export const endpoints = {
  ...authEndpoints,
  ...twoFactorEndpoints,
  ...passkeyEndpoints,
  ...accountEndpoints,
  ...passwordResetEndpoints,
  ...userEndpoints,
  ...portalEndpoints,
  ...operationEndpoints,
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;
