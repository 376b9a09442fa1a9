import { ERROR_CODES, endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../lib/app-error.js';
import { route } from '../../endpoint-route.js';
import { requireAuth } from '../../require-auth.js';
import { readTenantSettings } from './settings.js';

/** The acting tenant's settings: its 2FA policy. */
export default async function tenantSettingsRoutes(app: FastifyInstance) {
  route(app, endpoints.getTenantSettings, async (request) => {
    const auth = requireAuth(request);
    return readTenantSettings(request.tenantDb, auth.actingTenant.id);
  });

  route(app, endpoints.updateTenantSettings, async (request) => {
    const auth = requireAuth(request);
    const { twoFactorRequiredFor } = request.body;
    const twoFactorGraceUntil = graceDeadline(request.body.twoFactorGraceUntil);
    const tenantId = auth.actingTenant.id;
    const before = await request.tenantDb.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: { twoFactorRequiredFor: true, twoFactorGraceUntil: true },
    });
    const changed =
      before.twoFactorRequiredFor !== twoFactorRequiredFor ||
      before.twoFactorGraceUntil?.getTime() !== twoFactorGraceUntil?.getTime();
    if (changed) {
      await request.tenantDb.tenant.update({
        where: { id: tenantId },
        data: { twoFactorRequiredFor, twoFactorGraceUntil },
      });
      // Who must use 2FA is part of every session of the tenant (`/api/me`, the 2FA gate).
      await app.sessions.invalidate({ tenant: tenantId });
      await app.audit.record(request, {
        type: 'tenant.settings_changed',
        tenantId,
        actorUserId: auth.user.id,
        actorTenantId: auth.tenant.id,
        details: {
          from: {
            twoFactorRequiredFor: before.twoFactorRequiredFor,
            twoFactorGraceUntil: before.twoFactorGraceUntil?.toISOString() ?? null,
          },
          to: {
            twoFactorRequiredFor,
            twoFactorGraceUntil: twoFactorGraceUntil?.toISOString() ?? null,
          },
        },
      });
    }
    return readTenantSettings(request.tenantDb, tenantId);
  });
}

/** A grace deadline lets required users in without 2FA until then: one in the past means none. */
function graceDeadline(value: string | null): Date | null {
  if (value === null) return null;
  const deadline = new Date(value);
  if (deadline.getTime() <= Date.now()) {
    throw new AppError(
      ERROR_CODES.VALIDATION_ERROR,
      'The grace deadline must be in the future; leave it empty for no grace period.',
      { field: 'twoFactorGraceUntil' },
    );
  }
  return deadline;
}
