import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** The acting tenant's audit log. */
const auditEventRoutes: FastifyPluginAsyncTypebox = async () => {};

export default auditEventRoutes;
