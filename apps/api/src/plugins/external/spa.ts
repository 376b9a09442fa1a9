import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { METRICS_PATH } from './metrics.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Answers a browser navigation with the SPA's index.html; false when there is no build. */
    serveSpa(request: FastifyRequest, reply: FastifyReply): boolean;
  }
}

/**
 * Serves the built SPA on the API's port, precompressed: hashed assets cached for good, index.html
 * never (it names the current assets).
 */
async function spa(app: FastifyInstance, options: { webDistDir: string }) {
  const available = existsSync(path.join(options.webDistDir, 'index.html'));
  if (available) {
    await app.register(fastifyStatic, {
      root: options.webDistDir,
      wildcard: false,
      index: false,
      // scripts/compress-assets.mjs writes .br and .gz siblings at build: chosen by
      // Accept-Encoding (with Vary), and never served under their own names.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      setHeaders(reply, filePath) {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header(
          'cache-control',
          immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.decorate('serveSpa', (request: FastifyRequest, reply: FastifyReply) => {
    const isNavigation = request.method === 'GET' || request.method === 'HEAD';
    if (!available || !isNavigation || !isSpaPath(request.url)) return false;
    reply.header('cache-control', 'no-cache').sendFile('index.html');
    return true;
  });
}

/** The API and the metrics answer for themselves, never with the SPA's page. */
function isSpaPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return !path.startsWith('/api') && path !== METRICS_PATH && !path.startsWith(`${METRICS_PATH}/`);
}

export default fp(spa, { name: 'spa' });
