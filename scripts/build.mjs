// Builds what is missing or out of date: the Prisma client, the shared package and the API
// (incremental TypeScript builds), and the SPA (when its sources are newer than its build).
// `--force` rebuilds the SPA regardless.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name, dir = root) => path.join(dir, 'node_modules', '.bin', name);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) console.error(`build: cannot run ${command}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

run(process.execPath, [path.join(root, 'scripts/prisma-generate.mjs'), '--if-missing']);
run(bin('tsc'), ['-b', 'apps/api']);

const web = path.join(root, 'apps/web');
const builtAt = newestMtime(path.join(web, 'dist/index.html'));
const sourcesAt = Math.max(
  ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) =>
    newestMtime(path.join(web, p)),
  ),
  newestMtime(path.join(root, 'packages/shared/src')),
);
if (process.argv.includes('--force') || sourcesAt > builtAt) {
  run(bin('vite', web), ['build', '--logLevel', 'warn'], { cwd: web });
}
// Cheap when nothing changed: only files newer than their .br/.gz are compressed again.
run(process.execPath, [path.join(root, 'scripts/compress-assets.mjs'), path.join(web, 'dist')]);
