import { endpoints } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { route } from '../../endpoint-route.js';
import { lookUpAuditPeople } from './cross-tenant.js';
import { readPage, toListResponse } from './list.js';

/** The acting tenant's audit log. */
export default async function auditEventRoutes(app: FastifyInstance) {
  route(app, endpoints.listAuditEvents, async (request) => {
    const page = await readPage(request.tenantDb, request.query);
    return toListResponse(page, await lookUpAuditPeople(app, page.rows));
  });
}
