// `pnpm dev`: the API with reload on change (tsx watch) and the Vite dev server, which proxies
// /api to it. Open the URL that Vite prints. Unless RSP_ISSUER_URL names another issuer, a local
// OpenID provider plays the reseller portal too (tools/dev-idp), and the API is configured for it.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const apiPort = process.env.API_PORT ?? '3000';

const devIdpIssuer = `http://127.0.0.1:${process.env.DEV_IDP_PORT ?? '4010'}`;
const useDevIdp =
  (process.env.RSP_ISSUER_URL ?? devIdpIssuer) === devIdpIssuer &&
  process.env.NODE_ENV !== 'production';
const rsp = {
  RSP_CLIENT_ID: process.env.RSP_CLIENT_ID ?? 'tenant-portal',
  RSP_CLIENT_SECRET: process.env.RSP_CLIENT_SECRET ?? 'dev-idp-secret',
};
const rspEnv = useDevIdp ? { RSP_ISSUER_URL: devIdpIssuer, ...rsp } : {};

spawnSync(process.execPath, [path.join(root, 'scripts/prisma-generate.mjs'), '--if-missing'], {
  stdio: 'inherit',
});

const devIdp = path.join(root, 'tools/dev-idp');
const children = [
  ...(useDevIdp
    ? [
        spawn(path.join(devIdp, 'node_modules/.bin/tsx'), ['src/cli.ts'], {
          cwd: devIdp,
          stdio: 'inherit',
          env: {
            ...process.env,
            DEV_IDP_CLIENT_ID: rsp.RSP_CLIENT_ID,
            DEV_IDP_CLIENT_SECRET: rsp.RSP_CLIENT_SECRET,
            // Vite's origin (http://localhost:5173) is always accepted as well.
            DEV_IDP_PORTAL_URL: process.env.DEV_IDP_PORTAL_URL ?? `http://localhost:${apiPort}`,
          },
        }),
      ]
    : []),
  spawn(
    path.join(root, 'apps/api/node_modules/.bin/tsx'),
    ['watch', '--conditions=source', '--clear-screen=false', 'src/server.ts'],
    {
      cwd: path.join(root, 'apps/api'),
      stdio: 'inherit',
      env: {
        ...process.env,
        ...rspEnv,
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
