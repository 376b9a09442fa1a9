import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { route } from '../../endpoint-route.js';
import { listUsers } from './list.js';
import { findUserItem } from './user-item.js';

export default async function userReadRoutes(app: FastifyInstance) {
  route(app, endpoints.listUsers, (request) => listUsers(request.tenantDb, request.query));

  route(app, endpoints.getUser, (request) => findUserItem(request.tenantDb, request.params.userId));
}
