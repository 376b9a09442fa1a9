import { runCli } from './cli/index.js';

// `pnpm portal <command>` in development, `node apps/api/dist/cli.js <command>` when built.
const exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
// Explicitly: a connection pool or timer left behind must not keep the command running.
process.exit(exitCode);
