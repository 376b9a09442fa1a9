import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { PasswordHasher } from '../../security/password-hasher.js';

declare module 'fastify' {
  interface FastifyInstance {
    passwords: PasswordHasher;
  }
}

async function passwords(app: FastifyInstance, options: { hasher: PasswordHasher }) {
  app.decorate('passwords', options.hasher);
}

export default fp(passwords, { name: 'passwords' });
