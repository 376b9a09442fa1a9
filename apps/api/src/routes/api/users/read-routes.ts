import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  API_PATHS,
  ErrorResponse,
  UserIdParams,
  UserListItem,
  UserListQuery,
  UserListResponse,
} from '@portal/shared';
import { listUsers } from './list.js';
import { findUserItem } from './user-item.js';

const userReadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    API_PATHS.users,
    {
      config: { permission: 'users.read' },
      schema: {
        tags: ['users'],
        summary: 'The users of the acting tenant, by username; search by name, username or e-mail',
        querystring: UserListQuery,
        response: {
          200: UserListResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
        },
      },
    },
    async (request) => listUsers(request.tenantDb, request.query),
  );

  app.get(
    API_PATHS.user,
    {
      config: { permission: 'users.read' },
      schema: {
        tags: ['users'],
        summary: 'One user of the acting tenant (404 for any other id)',
        params: UserIdParams,
        response: {
          200: UserListItem,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request) => findUserItem(request.tenantDb, request.params.userId),
  );
};

export default userReadRoutes;
