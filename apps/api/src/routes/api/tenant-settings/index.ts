import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** The acting tenant's settings: its 2FA policy. */
const tenantSettingsRoutes: FastifyPluginAsyncTypebox = async () => {};

export default tenantSettingsRoutes;
