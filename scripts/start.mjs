// `pnpm start`: build what is missing, then run the API, which migrates, seeds the demo data on a
// new database (outside production) and serves the API and the built SPA on one port.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

await import(new URL('../apps/api/dist/server.js', import.meta.url).href);
