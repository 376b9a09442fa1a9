import type { FastifyInstance } from 'fastify';
import userManageRoutes from './manage-routes.js';
import userOptionRoutes from './option-routes.js';
import userReadRoutes from './read-routes.js';
import resellerPortalLinkRoutes from './rsp-link-routes.js';

/** User management in the acting tenant: list and look up, manage, options, portal links. */
export default async function userRoutes(app: FastifyInstance) {
  await app.register(userReadRoutes);
  await app.register(userManageRoutes);
  await app.register(userOptionRoutes);
  await app.register(resellerPortalLinkRoutes);
}
