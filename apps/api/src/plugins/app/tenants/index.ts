import type { TenantStatus } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from '../../../lib/app-error.js';
import { type AuditActor, recordAs } from '../audit.js';
import {
  createAdmin,
  createTenantWithDomain,
  type FirstAdmin,
  type NewTenantInput,
  TENANT_SELECT,
  type TenantRow,
} from './create.js';
import { moveCustomer, setTenantStatus } from './lifecycle.js';

export type { FirstAdmin, NewTenantInput, TenantRow };

export interface NewCustomer {
  resellerId: string;
  name: string;
  domain?: string;
  admin: FirstAdmin;
}

/**
 * The tenant lifecycle, for the reseller's "Add customer" and the operator CLI alike: create,
 * invite the first administrator, deactivate and activate, move a customer. Each change is
 * audited as its actor's; new administrators get the account-created mail.
 */
export interface Tenants {
  create(input: NewTenantInput, actor: AuditActor): Promise<TenantRow>;
  /** A customer with its first administrator, in one transaction; the administrator is mailed. */
  createCustomer(input: NewCustomer, actor: AuditActor): Promise<TenantRow>;
  inviteAdmin(tenantId: string, admin: FirstAdmin, actor: AuditActor): Promise<{ userId: string }>;
  setStatus(tenantId: string, status: TenantStatus, actor: AuditActor): Promise<TenantRow>;
  move(customerId: string, resellerId: string, actor: AuditActor): Promise<TenantRow>;
}

declare module 'fastify' {
  interface FastifyInstance {
    tenants: Tenants;
  }
}

async function tenants(app: FastifyInstance) {
  const { prisma } = app.db;

  /** The tenant an event about `tenant` belongs to: a customer's reseller sees it. */
  const logOf = (tenant: TenantRow) => tenant.parentId ?? tenant.id;
  const described = (tenant: TenantRow) => ({ domain: tenant.domain, name: tenant.name });

  async function mailInvitation(tenant: TenantRow, admin: FirstAdmin & { id: string }) {
    const requestedBy = null;
    await app.passwordResets.issue(
      {
        id: admin.id,
        tenantId: tenant.id,
        username: admin.username,
        email: admin.email,
        language: admin.language ?? 'en',
        tenantDomain: tenant.domain,
      },
      requestedBy,
      { purpose: 'account-created', tenantName: tenant.name },
    );
  }

  async function auditAdminCreated(
    tenant: TenantRow,
    userId: string,
    actor: AuditActor,
    tx: Parameters<typeof recordAs>[3],
  ) {
    await recordAs(
      app.audit,
      actor,
      {
        type: 'user.created',
        tenantId: tenant.id,
        subjectUserId: userId,
        details: { role: 'admin' },
      },
      tx,
    );
  }

  app.decorate<Tenants>('tenants', {
    async create(input, actor) {
      const { tenant } = await createTenantWithDomain(prisma, input, (tx, tenant) =>
        recordAs(
          app.audit,
          actor,
          {
            type: 'tenant.created',
            tenantId: logOf(tenant),
            details: { ...described(tenant), kind: tenant.kind },
          },
          tx,
        ),
      );
      return tenant;
    },

    async createCustomer({ resellerId, name, domain, admin }, actor) {
      const input = { kind: 'customer' as const, name, resellerId, ...(domain ? { domain } : {}) };
      const { tenant, extra: user } = await createTenantWithDomain(
        prisma,
        input,
        async (tx, tenant) => {
          const user = await createAdmin(tx, tenant.id, admin);
          await recordAs(
            app.audit,
            actor,
            {
              type: 'tenant.created',
              tenantId: logOf(tenant),
              details: { ...described(tenant), kind: 'customer' },
            },
            tx,
          );
          await auditAdminCreated(tenant, user.id, actor, tx);
          // The reseller user who added it finds it at the top of Select customer.
          if (actor.kind === 'user') {
            await tx.customerSelection.create({
              data: { userId: actor.userId, tenantId: tenant.id },
            });
          }
          return user;
        },
      );
      await mailInvitation(tenant, { ...admin, id: user.id });
      return tenant;
    },

    async inviteAdmin(tenantId, admin, actor) {
      const tenant = await prisma.tenant.findUnique({
        where: { id: tenantId },
        select: TENANT_SELECT,
      });
      if (!tenant) throw errors.notFound();
      const user = await prisma.$transaction(async (tx) => {
        const user = await createAdmin(tx, tenant.id, admin);
        await auditAdminCreated(tenant, user.id, actor, tx);
        return user;
      });
      await mailInvitation(tenant, { ...admin, id: user.id });
      return { userId: user.id };
    },

    async setStatus(tenantId, status, actor) {
      return prisma.$transaction(async (tx) => {
        const { before, tenant } = await setTenantStatus(tx, app.sessions, tenantId, status);
        if (before !== status) {
          const type = status === 'deactivated' ? 'tenant.deactivated' : 'tenant.activated';
          await recordAs(
            app.audit,
            actor,
            { type, tenantId: logOf(tenant), details: described(tenant) },
            tx,
          );
        }
        return tenant;
      });
    },

    async move(customerId, resellerId, actor) {
      return prisma.$transaction(async (tx) => {
        const { fromResellerId, tenant } = await moveCustomer(
          tx,
          app.sessions,
          customerId,
          resellerId,
        );
        if (fromResellerId !== resellerId) {
          const details = { ...described(tenant), fromResellerId, toResellerId: resellerId };
          await recordAs(
            app.audit,
            actor,
            { type: 'tenant.moved', tenantId: resellerId, details },
            tx,
          );
          if (fromResellerId) {
            await recordAs(
              app.audit,
              actor,
              { type: 'tenant.moved', tenantId: fromResellerId, details },
              tx,
            );
          }
        }
        return tenant;
      });
    },
  });
}

export default fp(tenants, {
  name: 'tenants',
  dependencies: ['database', 'audit', 'password-resets', 'sessions'],
});
