import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The shared package is used from source in tests (no build needed).
const resolve = { conditions: ['source', 'module', 'node', 'import', 'default'] };

const apiProject = (database: 'pglite' | 'postgres') => ({
  resolve,
  test: {
    name: `api-${database}`,
    root: 'apps/api',
    include: ['test/**/*.test.ts'],
    env: { TEST_DATABASE: database },
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks' as const,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        resolve: {
          ...resolve,
          // A package subpath in server-side tests resolves to its source like the package itself.
          alias: {
            '@portal/shared/common-passwords': fileURLToPath(
              new URL('packages/shared/src/common-passwords.ts', import.meta.url),
            ),
          },
        },
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/api/src/**/*.test.ts',
            'tools/*/src/**/*.test.ts',
            'e2e/support/**/*.test.ts',
            // Builds the SPA and checks what the login page loads (a size budget).
            'apps/web/build-checks/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      'apps/web',
      apiProject('pglite'),
      apiProject('postgres'),
    ],
  },
});
