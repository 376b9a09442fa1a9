import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const webRoot = import.meta.dirname;
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: { '@': resolve(webRoot, 'src') },
    // 'source' makes @portal/shared resolve to its TypeScript sources: no build step needed.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: resolve(webRoot, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    // bundle-budget.test.ts reads it: what the login page loads first.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
            { name: 'typebox', test: /[\\/]node_modules[\\/]typebox[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    name: 'unit-web',
    root: webRoot,
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: [
      resolve(webRoot, 'src/testing/setup.ts'),
      resolve(webRoot, 'src/app/test-setup.ts'),
    ],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
