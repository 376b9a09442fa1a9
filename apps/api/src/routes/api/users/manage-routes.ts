import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  API_PATHS,
  CreateUserBody,
  ErrorResponse,
  NoContent,
  UpdateUserBody,
  UserIdParams,
  UserListItem,
} from '@portal/shared';
import { requireAuth } from '../../require-auth.js';
import { createTenantUser } from './create.js';
import { deleteTenantUser } from './delete.js';
import { updateTenantUser } from './update.js';
import { actorOf, auditUserEvent, auditUserUpdate } from './user-audit.js';
import { findUserItem } from './user-item.js';

const REFUSALS = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

/** Create, edit, deactivate and delete users of the acting tenant. */
const userManageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    API_PATHS.users,
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: 'Create a user; they receive a mail with a link to set their password',
        body: CreateUserBody,
        response: { 201: UserListItem, ...REFUSALS },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const user = await createTenantUser(request.tenantDb, auth.actingTenant.id, request.body);
      await auditUserEvent(app, request, 'user.created', user.id, { role: request.body.role });
      // The new account has no password: the mailed link is how its owner sets one.
      await app.passwordResets.issue(
        { ...user, tenantDomain: auth.actingTenant.domain },
        auth.user.id,
        { purpose: 'account-created', tenantName: auth.actingTenant.name },
      );
      return reply.code(201).send(await findUserItem(request.tenantDb, user.id));
    },
  );

  app.patch(
    API_PATHS.user,
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: 'Edit a user: username, name, e-mail, role, or deactivate / reactivate',
        params: UserIdParams,
        body: UpdateUserBody,
        response: { 200: UserListItem, ...REFUSALS },
      },
    },
    async (request) => {
      const { userId } = request.params;
      const update = await updateTenantUser(
        request.tenantDb,
        actorOf(request),
        userId,
        request.body,
      );
      // A deactivated user cannot use a session any more; revoking them says so in the list too.
      if (update.status === 'deactivated') await app.sessions.revokeAllOf(userId);
      await auditUserUpdate(app, request, userId, update);
      return findUserItem(request.tenantDb, userId);
    },
  );

  app.delete(
    API_PATHS.user,
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: 'Delete a user with their sessions, roles and 2FA',
        params: UserIdParams,
        response: { 204: NoContent, ...REFUSALS },
      },
    },
    async (request, reply) => {
      const user = await deleteTenantUser(
        request.tenantDb,
        actorOf(request),
        request.params.userId,
      );
      // The row is gone: the username in the details keeps the event readable.
      await auditUserEvent(app, request, 'user.deleted', user.id, { username: user.username });
      return reply.code(204).send(null);
    },
  );
};

export default userManageRoutes;
