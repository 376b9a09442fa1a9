import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { type Config, loadConfig } from './config.js';
import { DEMO_PORTAL_USERS, DEMO_USERS } from './db/seed.js';
import { openConfiguredDatabase, prepareDemo, prepareSchema } from './db/startup.js';
import { startHousekeeping } from './housekeeping.js';
import { passkeysUnavailableReason } from './plugins/app/webauthn/ceremonies.js';
import { createPasswordHasher } from './security/password-hasher.js';
import { createSecretBox, parseEncryptionKey } from './security/secret-box.js';
import { loadOrCreateSecret } from './security/secret-files.js';
import { describeStartError } from './start-error.js';

async function main() {
  const config = loadConfig();
  const db = await openConfiguredDatabase(config);
  await prepareSchema(db);
  const hasher = await createPasswordHasher({ fast: config.fastPasswordHashing });
  const demo = await prepareDemo(config, db, hasher);
  const secretBox = await loadSecretBox(config);
  const sessionSecret =
    config.sessionSecret ?? (await loadOrCreateSecret(config.dataDir, 'session-secret'));
  const app = await buildApp({ config, db, hasher, sessionSecret, secretBox });
  const stopHousekeeping = startHousekeeping(db, app.log, config.retention);
  const stopMailSender = app.mail.startSender();

  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    stopHousekeeping();
    await stopMailSender();
    await app.close();
    await db.close();
  });

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // PUBLIC_URL is where people open the portal (links in mails go there too); only a port chosen
  // at listen time (PORT=0) is not known to it.
  const { publicUrl } = config;
  const url =
    publicUrl.port === '' || publicUrl.port === String(port)
      ? publicUrl.origin
      : `http://localhost:${port}`;
  printBanner(url, db.location, demo?.password, passkeysUnavailableReason(publicUrl));
}

async function loadSecretBox(config: Config) {
  const key =
    config.totpEncryptionKey ?? (await loadOrCreateSecret(config.dataDir, 'totp-encryption-key'));
  return createSecretBox(parseEncryptionKey(key), config.totpRetiredKeys.map(parseEncryptionKey));
}

function printBanner(
  url: string,
  location: string,
  demoPassword: string | undefined,
  passkeysUnavailable: string | undefined,
) {
  const lines = [``, `  Tenant login portal: ${url}`, `  Database: ${location}`];
  if (passkeysUnavailable) lines.push(`  Passkeys unavailable: ${passkeysUnavailable}`);
  if (demoPassword) {
    lines.push(``, `  Demo accounts (password: ${demoPassword})`);
    for (const user of DEMO_USERS)
      lines.push(`    ${user.domain.padEnd(22)} ${user.username.padEnd(16)} ${user.role}`);
    lines.push(``, `  Reseller-portal accounts (no password here: "Login with reseller portal")`);
    for (const user of DEMO_PORTAL_USERS)
      lines.push(`    ${user.domain.padEnd(22)} ${user.username.padEnd(16)} ${user.role}`);
  }
  console.log(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(`portal: cannot start: ${describeStartError(error)}`);
  process.exit(1);
});
