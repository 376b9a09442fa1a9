import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { readMigrations } from '../db/migrate.js';
import { describeSendFailure, mailDelivery, SMTP_TIMEOUTS_MS } from '../mail/transport.js';
import { recordOperatorEvent } from '../plugins/app/audit.js';
import { passkeysUnavailableReason } from '../plugins/app/webauthn/ceremonies.js';
import { keyIdOf, parseEncryptionKey } from '../security/secret-box.js';
import { type CommandSpec, EXIT } from './command.js';
import { configOf, loadSecretBox, openCliDatabase } from './context.js';

interface Finding {
  check: 'configuration' | 'database' | 'migrations' | 'totp-keys' | 'smtp';
  ok: boolean;
  detail: string;
}

function configurationFinding(config: Config): Finding {
  const parts = [
    config.production ? 'production' : 'development',
    `PUBLIC_URL ${config.publicUrl.origin}${config.publicUrl.pathname.replace(/\/$/, '')}`,
    `TRUST_PROXY ${String(config.trustProxy)}`,
    `SESSION_SECRET ${config.sessionSecret ? 'set' : 'generated into DATA_DIR'}`,
    `mail ${mailDelivery(config)}`,
  ];
  const passkeysUnavailable = passkeysUnavailableReason(config.publicUrl);
  if (passkeysUnavailable) parts.push(`passkeys unavailable (${passkeysUnavailable})`);
  return { check: 'configuration', ok: true, detail: parts.join(', ') };
}

/** What the database holds; `migrated` once the schema exists (a new database has none). */
async function databaseFindings(db: Database): Promise<{ findings: Finding[]; migrated: boolean }> {
  const connection = await db.connect();
  try {
    const [{ version }] = (await connection.query<{ version: string }>(
      'SELECT current_setting($1) AS version',
      ['server_version'],
    )) as [{ version: string }];
    const known = (await readMigrations()).map((migration) => migration.name);
    const [{ exists }] = (await connection.query<{ exists: boolean }>(
      "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
    )) as [{ exists: boolean }];
    const applied = exists
      ? (
          await connection.query<{ migration_name: string }>(
            'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
          )
        ).map((row) => row.migration_name)
      : [];
    const pending = known.filter((name) => !applied.includes(name));
    const findings: Finding[] = [
      { check: 'database', ok: true, detail: `${db.location} (${db.kind}, PostgreSQL ${version})` },
      {
        check: 'migrations',
        // Pending ones are applied by `portal migrate` or the next start: worth saying, not a failure.
        ok: true,
        detail:
          pending.length === 0
            ? `${applied.length} applied, none pending`
            : `${applied.length} applied, ${pending.length} pending (run portal migrate): ${pending.join(', ')}`,
      },
    ];
    return { findings, migrated: applied.length > 0 };
  } finally {
    await connection.release();
  }
}

async function totpKeysFinding(config: Config, db: Database): Promise<Finding> {
  const box = await loadSecretBox(config);
  const retiredIds = config.totpRetiredKeys.map((key) => keyIdOf(parseEncryptionKey(key)));
  const byKey = await db.prisma.totpCredential.groupBy({ by: ['keyId'], _count: { _all: true } });
  const secretsOf = (keyIds: string[]) =>
    byKey
      .filter((group) => keyIds.includes(group.keyId))
      .reduce((sum, group) => sum + group._count._all, 0);
  const unknown = byKey
    .map((group) => group.keyId)
    .filter((id) => id !== box.currentKeyId && !retiredIds.includes(id));
  const onRetired = secretsOf(retiredIds);
  const notes = [
    ...(unknown.length ? [`secrets sealed with keys not configured: ${unknown.join(', ')}`] : []),
    ...(onRetired > 0 ? ['run portal totp-keys rotate'] : []),
  ];
  return {
    check: 'totp-keys',
    ok: unknown.length === 0,
    detail: [
      `current key ${box.currentKeyId}: ${secretsOf([box.currentKeyId])} secrets, ${retiredIds.length} retired keys: ${onRetired} secrets`,
      ...notes,
    ].join('; '),
  };
}

/** The relay answers and accepts us (nodemailer's verify: connect, greet, log in). */
async function smtpFinding(config: Config): Promise<Finding> {
  if (!config.smtpUrl) {
    return {
      check: 'smtp',
      ok: !config.production,
      detail: config.production
        ? 'SMTP_URL is not set: mails wait in the outbox'
        : 'SMTP_URL is not set: mails stay in the dev outbox',
    };
  }
  const url = new URL(config.smtpUrl);
  const relay = `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
  const transporter = nodemailer.createTransport({
    url: config.smtpUrl,
    ...SMTP_TIMEOUTS_MS,
    logger: false,
    debug: false,
  });
  try {
    await transporter.verify();
    return { check: 'smtp', ok: true, detail: `${relay} accepts mail from ${config.mailFrom}` };
  } catch (error) {
    // The code and the server's answer only: the URL (with its password) stays out.
    const failure = describeSendFailure(error);
    return {
      check: 'smtp',
      ok: false,
      detail: `${relay}: ${failure.code} ${failure.responseCode ?? ''}`.trim(),
    };
  } finally {
    transporter.close();
  }
}

export const checkCommand: CommandSpec = {
  name: 'check',
  summary: 'validate the configuration and reach the database and the SMTP relay',
  usage: 'check',
  help: [
    'Prints what it found: mode, PUBLIC_URL, database and its migrations, TOTP keys in use,',
    'the SMTP relay. Changes nothing. Exit code 1 when something needs fixing.',
  ],
  options: {},
  async run(io) {
    const config = configOf(io);
    const findings: Finding[] = [configurationFinding(config)];
    const db = await openCliDatabase(io, config).catch((error: unknown) => {
      findings.push({ check: 'database', ok: false, detail: (error as Error).message });
      return null;
    });
    if (db) {
      try {
        const database = await databaseFindings(db);
        findings.push(...database.findings);
        if (database.migrated) {
          findings.push(await totpKeysFinding(config, db));
          // Only a migrated database has the audit log to write to.
          await recordOperatorEvent(db.prisma, {
            type: 'operator.command',
            tenantId: null,
            details: { command: 'check' },
          });
        }
      } finally {
        await db.close();
      }
    }
    findings.push(await smtpFinding(config));
    const ok = findings.every((finding) => finding.ok);
    return {
      data: { ok, findings },
      text: findings.map((f) => `${f.ok ? 'ok  ' : 'FAIL'}  ${f.check.padEnd(13)} ${f.detail}`),
      exitCode: ok ? EXIT.ok : EXIT.error,
    };
  },
};
