import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** The signed-in user's own sessions: list, revoke one, revoke all others. */
const sessionRoutes: FastifyPluginAsyncTypebox = async () => {};

export default sessionRoutes;
