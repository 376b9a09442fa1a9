// `pnpm --filter @portal/dev-idp start` (or `node dist/cli.js` after a build): the local
// reseller-portal identity provider, configured by DEV_IDP_* variables (see env.ts).
import { isProduction, PRODUCTION_REFUSAL } from './guard.js';

if (isProduction(process.env.NODE_ENV)) {
  console.error(PRODUCTION_REFUSAL);
  process.exit(1);
}

// Loaded only outside production (oidc-provider prints notices as soon as it is imported).
const { devIdpOptionsFromEnv } = await import('./env.js');
const { startDevIdp } = await import('./start.js');

try {
  const options = devIdpOptionsFromEnv(process.env);
  const idp = await startDevIdp(options);
  const lines = [`dev-idp: reseller portal (development) at ${idp.issuer}`];
  for (const client of options.clients) {
    lines.push(`  client ${client.clientId}, redirect URIs: ${client.redirectUris.join(', ')}`);
  }
  lines.push(`  accounts (password "${idp.password}"):`);
  for (const account of idp.accounts) lines.push(`    ${account.id}: ${account.purpose}`);
  console.log(lines.join('\n'));

  const stop = () => {
    idp.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`dev-idp: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
