import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { API_PATHS, ErrorResponse, RspLinkBody, UserIdParams, UserListItem } from '@portal/shared';
import { errors } from '../../../lib/app-error.js';
import { requireAuth } from '../../require-auth.js';
import { auditUserEvent } from '../users/user-audit.js';
import { findUserItem } from '../users/user-item.js';
import { linkAccount, unlinkAccount } from './linking.js';

const refusals = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

/**
 * User options → link to / unlink from the reseller portal, for a user of the acting tenant.
 * Linking needs the feature configured (404 otherwise); unlinking works without it, so that
 * accounts can be given back their password when the portal is switched off.
 */
const resellerPortalLinkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put(
    API_PATHS.userRspLink,
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary:
          'Link a user to a reseller-portal account: they sign in there from now on (password, our 2FA and sessions end)',
        params: UserIdParams,
        body: RspLinkBody,
        response: { 200: UserListItem, ...refusals },
      },
    },
    async (request) => {
      const issuer = app.resellerPortal.issuer;
      if (!issuer) throw errors.notFound();
      const auth = requireAuth(request);
      const userId = await linkAccount(request.tenantDb, {
        actorUserId: auth.user.id,
        userId: request.params.userId,
        issuer,
        subject: request.body.subject,
      });
      await app.sessions.revokeAllOf(userId);
      await auditUserEvent(app, request, 'user.rsp_linked', userId, {
        issuer,
        subject: request.body.subject,
      });
      return findUserItem(request.tenantDb, userId);
    },
  );

  app.delete(
    API_PATHS.userRspLink,
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['users'],
        summary:
          'Unlink a user from the reseller portal: their sessions end and they are mailed a link to set a password',
        params: UserIdParams,
        response: { 200: UserListItem, ...refusals },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const user = await unlinkAccount(request.tenantDb, request.params.userId);
      await app.sessions.revokeAllOf(user.id);
      // Until they set a password with this link, the account cannot sign in at all.
      await app.passwordResets.issue(
        { ...user, tenantDomain: auth.actingTenant.domain },
        auth.user.id,
      );
      await auditUserEvent(app, request, 'user.rsp_unlinked', user.id);
      return findUserItem(request.tenantDb, user.id);
    },
  );
};

export default resellerPortalLinkRoutes;
