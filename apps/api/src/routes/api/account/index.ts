import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { errors } from '../../../lib/app-error.js';
import { route } from '../../endpoint-route.js';
import { requireAuth } from '../../require-auth.js';

/** The signed-in user's own account. */
export default async function accountRoutes(app: FastifyInstance) {
  route(app, endpoints.disableTwoFactor, async (request, reply) => {
    const { user, tenant } = requireAuth(request);
    if (user.twoFactorRequired) throw errors.twoFactorRequired();
    if (!(await app.passwords.verifyOf(user.id, request.body.password))) {
      throw errors.wrongPassword();
    }
    if (!(await app.twoFactor.verifyCode(user.id, request.body.code))) throw errors.invalidCode();
    await app.twoFactor.remove(user.id);
    await app.audit.record(request, {
      type: 'totp.disabled',
      tenantId: tenant.id,
      actorUserId: user.id,
      actorTenantId: tenant.id,
    });
    return reply.code(204).send();
  });
}
