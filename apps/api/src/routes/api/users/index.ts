import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import userManageRoutes from './manage-routes.js';
import userOptionRoutes from './option-routes.js';
import userReadRoutes from './read-routes.js';

/** User management in the acting tenant: list and look up, manage, and the user options. */
const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(userReadRoutes);
  await app.register(userManageRoutes);
  await app.register(userOptionRoutes);
};

export default userRoutes;
