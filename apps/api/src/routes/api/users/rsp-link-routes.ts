import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { route } from '../../endpoint-route.js';
import { requireAuth } from '../../require-auth.js';
import { linkAccount, unlinkAccount } from './rsp-linking.js';
import { auditUserEvent } from './user-audit.js';
import { findUserItem } from './user-item.js';

/**
 * User options → link to / unlink from the reseller portal, for a user of the acting tenant.
 * Linking needs the feature configured (404 otherwise); unlinking works without it, so that
 * accounts can be given back their password when the portal is switched off.
 */
export default async function resellerPortalLinkRoutes(app: FastifyInstance) {
  route(app, endpoints.linkUserToResellerPortal, async (request) => {
    const issuer = app.resellerPortal.issuer;
    if (!issuer) throw errors.notFound();
    const auth = requireAuth(request);
    const { subject } = request.body;
    const userId = await linkAccount(request.tenantDb, {
      actorUserId: auth.user.id,
      userId: request.params.userId,
      issuer,
      subject,
    });
    await app.sessions.revokeAllOf(userId);
    await auditUserEvent(app, request, 'user.rsp_linked', userId, { issuer, subject });
    return findUserItem(request.tenantDb, userId);
  });

  route(app, endpoints.unlinkUserFromResellerPortal, async (request) => {
    const auth = requireAuth(request);
    const user = await unlinkAccount(request.tenantDb, request.params.userId);
    await app.sessions.revokeAllOf(user.id);
    // Until they set a password with this link, the account cannot sign in at all.
    await app.passwordResets.issue(
      { ...user, tenantDomain: auth.actingTenant.domain },
      auth.user.id,
      { purpose: 'unlinked' },
    );
    await auditUserEvent(app, request, 'user.rsp_unlinked', user.id);
    return findUserItem(request.tenantDb, user.id);
  });
}
