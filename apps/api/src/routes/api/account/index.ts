import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { route } from '../../endpoint-route.js';
import { requireAuth } from '../../require-auth.js';

/**
 * The signed-in user's own account. Sensitive changes (password, e-mail, 2FA, recovery codes)
 * need a recent step-up, which their endpoints declare; reauthenticate is how one gets it.
 */
export default async function accountRoutes(app: FastifyInstance) {
  route(app, endpoints.reauthenticate, async (request, reply) => {
    await app.signIn.reauthenticate(request, requireAuth(request), request.body);
    return reply.code(204).send();
  });

  route(app, endpoints.changePassword, async (request, reply) => {
    await app.ownAccount.changePassword(request, requireAuth(request), request.body);
    return reply.code(204).send();
  });

  route(app, endpoints.changeEmail, async (request) => ({
    email: await app.ownAccount.changeEmail(request, requireAuth(request), request.body.email),
  }));

  route(app, endpoints.changeLanguage, async (request, reply) => {
    await app.ownAccount.changeLanguage(requireAuth(request), request.body.language);
    return reply.code(204).send();
  });

  route(app, endpoints.disableTwoFactor, async (request, reply) => {
    const { user, tenant } = requireAuth(request);
    if (user.twoFactorRequired) throw errors.twoFactorRequired();
    await app.twoFactor.remove(request, user.id, 'owner');
    await app.audit.record(request, {
      type: 'totp.disabled',
      tenantId: tenant.id,
      actorUserId: user.id,
      actorTenantId: tenant.id,
    });
    return reply.code(204).send();
  });

  route(app, endpoints.recoveryCodeStatus, async (request) => ({
    remaining: await app.twoFactor.recoveryCodesLeft(requireAuth(request).user.id),
  }));

  route(app, endpoints.newRecoveryCodes, async (request) => {
    const { user, tenant } = requireAuth(request);
    const recoveryCodes = await app.twoFactor.newRecoveryCodes(user.id);
    if (!recoveryCodes) throw errors.twoFactorNotEnabled();
    await app.audit.record(request, {
      type: 'recovery_codes.regenerated',
      tenantId: tenant.id,
      actorUserId: user.id,
      actorTenantId: tenant.id,
    });
    return { recoveryCodes };
  });
}
