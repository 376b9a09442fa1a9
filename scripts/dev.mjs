// `pnpm dev`: the API with reload on change (tsx watch) and the Vite dev server, which proxies
// /api to it. Open the URL that Vite prints.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const apiPort = process.env.API_PORT ?? '3000';

spawnSync(process.execPath, [path.join(root, 'scripts/prisma-generate.mjs'), '--if-missing'], {
  stdio: 'inherit',
});

const children = [
  spawn(
    path.join(root, 'apps/api/node_modules/.bin/tsx'),
    ['watch', '--conditions=source', '--clear-screen=false', 'src/server.ts'],
    {
      cwd: path.join(root, 'apps/api'),
      stdio: 'inherit',
      env: {
        ...process.env,
        PORT: apiPort,
        DATA_DIR: process.env.DATA_DIR ?? path.join(root, 'data'),
      },
    },
  ),
  spawn(path.join(root, 'apps/web/node_modules/.bin/vite'), [], {
    cwd: path.join(root, 'apps/web'),
    stdio: 'inherit',
    env: { ...process.env, API_PORT: apiPort },
  }),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
