// oidc-provider configured as the reseller portal: Authorization Code + PKCE only, RS256 ID tokens
// carrying `amr`, keys generated at every start (nothing is committed), in-memory storage.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import Provider, { type ClientMetadata, type Configuration, type JWK } from 'oidc-provider';
import type { DevIdpAccount } from './accounts.js';
import { renderErrorPage, renderLogoutPage, renderLogoutSuccessPage } from './pages.js';

export interface DevIdpClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** openid-client v6 sends the secret in the body by default, hence the default here. */
  tokenEndpointAuthMethod?: 'client_secret_post' | 'client_secret_basic';
}

function toClientMetadata(client: DevIdpClient): ClientMetadata {
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: client.tokenEndpointAuthMethod ?? 'client_secret_post',
    id_token_signed_response_alg: 'RS256',
  };
}

function generateSigningKey(): JWK {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

export function createProvider(
  issuer: string,
  clients: readonly DevIdpClient[],
  accounts: readonly DevIdpAccount[],
): Provider {
  const configuration: Configuration = {
    clients: clients.map(toClientMetadata),
    jwks: { keys: [generateSigningKey()] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    // `amr`/`acr` come from the login result of the interaction; listing them under `openid` puts
    // them in every ID token. Profile and email claims go in the ID token too (not only userinfo).
    claims: {
      openid: ['sub', 'amr', 'acr'],
      profile: ['name'],
      email: ['email', 'email_verified'],
      auth_time: null,
      sid: null,
      iss: null,
    },
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    clientBasedCORS: () => true,
    findAccount: (_ctx, sub) => {
      const account = accounts.find((candidate) => candidate.id === sub);
      if (!account) return undefined;
      return {
        accountId: account.id,
        claims: () => ({
          sub: account.id,
          name: account.name,
          email: account.email,
          email_verified: true,
        }),
      };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = renderLogoutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = renderLogoutSuccessPage();
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = renderErrorPage(out.error, out.error_description);
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      ClientCredentials: 600,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      RefreshToken: 3600,
      Session: 3600,
    },
  };
  return new Provider(issuer, configuration);
}
