// `prisma generate` without network: the CLI insists that its schema engine binary exists
// before generating, although generating never runs it. Pointing PRISMA_SCHEMA_ENGINE_BINARY at
// any existing file (here: node itself) satisfies the check. With --if-missing, it only runs
// when the client is absent or older than the schema.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const schema = `${root}prisma/schema.prisma`;
const client = `${root}apps/api/src/generated/prisma/client.ts`;

if (
  process.argv.includes('--if-missing') &&
  existsSync(client) &&
  statSync(client).mtimeMs >= statSync(schema).mtimeMs
) {
  process.exit(0);
}
const result = spawnSync(`${root}node_modules/.bin/prisma`, ['generate'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
