import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Work that must not delay (or, by its duration, reveal anything in) a response: it runs after
 * the handler returns, its errors are logged, and closing the app waits for it. Tests await
 * `idle()` before they look at its effects.
 */
export interface Background {
  run(name: string, job: () => Promise<void>): void;
  idle(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    background: Background;
  }
}

async function background(app: FastifyInstance) {
  const running = new Set<Promise<void>>();
  const idle = async () => {
    while (running.size > 0) await Promise.allSettled([...running]);
  };
  app.decorate<Background>('background', {
    run(name, job) {
      const promise: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(job)
        .catch((err: unknown) => app.log.error({ err, job: name }, 'background job failed'))
        .finally(() => running.delete(promise));
      running.add(promise);
    },
    idle,
  });
  app.addHook('onClose', idle);
}

export default fp(background, { name: 'background' });
