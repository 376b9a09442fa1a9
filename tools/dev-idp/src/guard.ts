// Kept free of imports so that the CLI can refuse before oidc-provider is even loaded.
export const PRODUCTION_REFUSAL =
  'dev-idp: the development identity provider never runs in production (NODE_ENV=production).';

export class DevIdpProductionError extends Error {
  constructor() {
    super(PRODUCTION_REFUSAL);
    this.name = 'DevIdpProductionError';
  }
}

export function isProduction(nodeEnv: string | undefined): boolean {
  return nodeEnv === 'production';
}
