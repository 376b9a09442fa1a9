import { MigrationError } from '../db/migrate.js';
import { prepareSchema } from '../db/startup.js';
import { recordOperatorEvent } from '../plugins/app/audit.js';
import { CliError, type CommandSpec } from './command.js';
import { configOf, openCliDatabase } from './context.js';

export const migrateCommand: CommandSpec = {
  name: 'migrate',
  summary: 'apply pending database migrations and exit',
  usage: 'migrate',
  help: [
    'Run it before rolling out a new version; instances that start later find nothing to do.',
    'Safe while other instances run: migrations take the same lock as `prisma migrate`.',
  ],
  options: {},
  async run(io) {
    const config = configOf(io);
    const db = await openCliDatabase(io, config);
    try {
      const applied = await prepareSchema(db).catch((error: unknown) => {
        if (error instanceof MigrationError) throw new CliError('migration_failed', error.message);
        throw error;
      });
      await recordOperatorEvent(db.prisma, {
        type: 'operator.command',
        tenantId: null,
        details: { command: 'migrate', applied },
      });
      return {
        data: { database: db.location, applied },
        text: [
          applied.length === 0
            ? `${db.location}: up to date, nothing to apply`
            : `${db.location}: applied ${applied.join(', ')}`,
        ],
      };
    } finally {
      await db.close();
    }
  },
};
