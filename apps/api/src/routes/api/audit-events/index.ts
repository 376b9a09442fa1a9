import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { API_PATHS, AuditEventListResponse, AuditEventQuery, ErrorResponse } from '@portal/shared';
import { lookUpAuditPeople } from './cross-tenant.js';
import { readPage, toListResponse } from './list.js';

/** The acting tenant's audit log. */
const auditEventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    API_PATHS.auditEvents,
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary:
          "The acting tenant's audit events, newest first; filter by user (actor or subject), type and time",
        querystring: AuditEventQuery,
        response: {
          200: AuditEventListResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
        },
      },
    },
    async (request) => {
      const page = await readPage(request.tenantDb, request.query);
      return toListResponse(page, await lookUpAuditPeople(app, page.rows));
    },
  );
};

export default auditEventRoutes;
