import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../../db/database.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

/** Makes the database available to every plugin; its lifetime belongs to whoever opened it. */
async function database(app: FastifyInstance, options: { db: Database }) {
  app.decorate('db', options.db);
}

export default fp(database, { name: 'database' });
