import type { ClientRequest, IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { preloadApp } from './build-plugins/preload-app.ts';

const webRoot = import.meta.dirname;
const apiPort = process.env.API_PORT ?? 3000;
const apiTarget = `http://127.0.0.1:${apiPort}`;
/** The origin the API takes as its own (its PUBLIC_URL, by default as the API defaults it). */
const portalOrigin = new URL(process.env.PUBLIC_URL ?? `http://localhost:${apiPort}`).origin;

/**
 * The dev server stands in for the portal: a page it served calls /api with the dev server's own
 * origin, which the API's cross-site check would refuse, so the proxy presents it as the portal's.
 * Other origins pass unchanged and are refused as they would be in production.
 */
const apiProxy = {
  target: apiTarget,
  changeOrigin: false,
  configure(proxy: {
    on(
      event: 'proxyReq',
      listener: (proxyRequest: ClientRequest, request: IncomingMessage) => void,
    ): unknown;
  }) {
    proxy.on('proxyReq', (proxyRequest, request) => {
      const { origin, host } = request.headers;
      if (origin !== undefined && host !== undefined && originHost(origin) === host) {
        proxyRequest.setHeader('origin', portalOrigin);
      }
    });
  },
};

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), preloadApp('src/app/start.tsx')],
  resolve: {
    alias: { '@': resolve(webRoot, 'src') },
    // 'source' makes @portal/shared resolve to its TypeScript sources: no build step needed.
    conditions: ['source', ...defaultClientConditions],
  },
  server: { proxy: { '/api': apiProxy } },
  preview: { proxy: { '/api': apiProxy } },
  build: {
    outDir: resolve(webRoot, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    // bundle-budget.test.ts reads it: what the login page loads first.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        // TypeBox has no group: its checker then stays in a chunk of the pages that use it, off the
        // sign-in page (which checks its simple requests with lib/simple-schema.ts).
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
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
