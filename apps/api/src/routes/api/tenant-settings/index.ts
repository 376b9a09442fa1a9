import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  API_PATHS,
  ERROR_CODES,
  ErrorResponse,
  TenantSettings,
  UpdateTenantSettingsBody,
} from '@portal/shared';
import { AppError } from '../../../lib/app-error.js';
import { requireAuth } from '../../require-auth.js';
import { readTenantSettings } from './settings.js';

/** The acting tenant's settings: its 2FA policy. */
const tenantSettingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    API_PATHS.tenantSettings,
    {
      config: { permission: 'tenant.settings.manage' },
      schema: {
        tags: ['tenant'],
        summary: "The acting tenant's 2FA policy and how many required users still lack 2FA",
        response: { 200: TenantSettings, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return readTenantSettings(request.tenantDb, auth.actingTenant.id);
    },
  );

  app.put(
    API_PATHS.tenantSettings,
    {
      config: { permission: 'tenant.settings.manage' },
      schema: {
        tags: ['tenant'],
        summary: 'Set who must use 2FA and an optional grace deadline (in the future)',
        body: UpdateTenantSettingsBody,
        response: {
          200: TenantSettings,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
        },
      },
    },
    async (request) => {
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
    },
  );
};

/** A grace deadline lets required users in without 2FA until then: one in the past means none. */
function graceDeadline(value: string | null): Date | null {
  if (value === null) return null;
  const deadline = new Date(value);
  if (deadline.getTime() <= Date.now()) {
    throw new AppError(
      400,
      ERROR_CODES.VALIDATION_ERROR,
      'The grace deadline must be in the future; leave it empty for no grace period.',
      { field: 'twoFactorGraceUntil' },
    );
  }
  return deadline;
}

export default tenantSettingsRoutes;
