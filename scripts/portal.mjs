// `pnpm portal <command>`: the operator CLI. Brings the API build up to date (the Prisma client,
// the shared package and the API, incrementally; not the SPA), then runs the file a built
// deployment runs as `node apps/api/dist/cli.js <command>`. Build messages go to stderr, so that
// `--json` output on stdout stays clean.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
const cli = path.join(root, 'apps/api/dist/cli.js');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.error) console.error(`portal: cannot run ${command}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A deployment installed without dev dependencies has no compiler, but its build.
if (existsSync(tsc) || !existsSync(cli)) {
  run(process.execPath, [path.join(root, 'scripts/prisma-generate.mjs'), '--if-missing']);
  run(tsc, ['-b', 'apps/api']);
}

await import(new URL('../apps/api/dist/cli.js', import.meta.url).href);
