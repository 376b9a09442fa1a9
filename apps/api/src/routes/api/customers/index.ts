import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** A reseller's customers: the selection list and switching the acting tenant. */
const customerRoutes: FastifyPluginAsyncTypebox = async () => {};

export default customerRoutes;
