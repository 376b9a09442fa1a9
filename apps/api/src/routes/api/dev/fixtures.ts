import { type DevFixtureTenant, type DevFixtureUser, ERROR_CODES, endpoints } from '@portal/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUniqueViolation } from '../../../db/database-errors.js';
import { provisionConfirmedTotp } from '../../../db/provision-totp.js';
import { createTenant, createUser } from '../../../db/provisioning.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { AppError, errors } from '../../../lib/app-error.js';
import { route } from '../../endpoint-route.js';

/** The socket's own address: X-Forwarded-For (TRUST_PROXY) cannot make a request local. */
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Several tenants with their roles and users in one transaction, on a machine busy with tests. */
const TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

type Tx = Prisma.TransactionClient;

const invalid = (field: string, message: string) =>
  new AppError(ERROR_CODES.VALIDATION_ERROR, message, { field });

/**
 * Tenants, users and confirmed authenticators on request, for the end-to-end tests: each test
 * makes its own through the provisioning code the demo seed uses. Registered only with
 * DEV_FIXTURES=true, which production refuses; and only the machine itself may call it.
 */
export default async function devFixtureRoutes(app: FastifyInstance) {
  route(
    app,
    endpoints.devFixtures,
    async (request, reply) => {
      const { tenants = [], users = [], staleProofs = [] } = request.body;
      const hashes = await hashPasswords([...tenants.flatMap((t) => t.users ?? []), ...users]);

      async function addUser(tx: Tx, tenant: { id: string; domain: string }, u: DevFixtureUser) {
        const { totp, role, password, ...fields } = u;
        const user = await createUser(tx, {
          ...fields,
          tenantId: tenant.id,
          passwordHash: password === undefined ? null : hashes.get(password),
          roles: [role],
        });
        const account = { id: user.id, tenantDomain: tenant.domain, username: user.username };
        if (!totp) return account;
        const totpCredential = await provisionConfirmedTotp(tx, app.twoFactor.sealSecret, user.id);
        return { ...account, totp: totpCredential };
      }

      async function addTenant(tx: Tx, spec: DevFixtureTenant, index: number) {
        const { users: members = [], parentDomain, twoFactorGraceUntil, ...fields } = spec;
        const parentField = `tenants.${index}.parentDomain`;
        if (await tx.tenant.findUnique({ where: { domain: fields.domain } })) {
          throw errors.domainTaken(`tenants.${index}.domain`);
        }
        const tenant = await createTenant(tx, {
          ...fields,
          parentId: await resellerId(tx, spec.kind, parentDomain, parentField),
          twoFactorGraceUntil: twoFactorGraceUntil ? new Date(twoFactorGraceUntil) : undefined,
        });
        const accounts = [];
        for (const member of members) accounts.push(await addUser(tx, tenant, member));
        const { id, kind, domain, name } = tenant;
        return { id, kind, domain, name, users: accounts };
      }

      try {
        const made = await app.db.prisma.$transaction(async (tx) => {
          const madeTenants = [];
          for (const [index, spec] of tenants.entries()) {
            madeTenants.push(await addTenant(tx, spec, index));
          }
          const madeUsers = [];
          for (const [index, { tenantDomain, ...member }] of users.entries()) {
            const tenant = await tx.tenant.findUnique({ where: { domain: tenantDomain } });
            if (!tenant) throw invalid(`users.${index}.tenantDomain`, 'No tenant has this domain.');
            madeUsers.push(await addUser(tx, tenant, member));
          }
          return { tenants: madeTenants, users: madeUsers };
        }, TRANSACTION);
        for (const account of staleProofs) await makeProofsStale(app, account);
        return reply.code(201).send(made);
      } catch (error) {
        // Domains are checked first; what is left to collide is a username in one tenant.
        if (isUniqueViolation(error)) throw errors.usernameTaken();
        throw error;
      }
    },
    { onRequest: onlyFromThisMachine },
  );

  /** Each distinct password once: the production hasher is slow on purpose. */
  async function hashPasswords(members: { password?: string }[]) {
    const hashes = new Map<string, string>();
    for (const { password } of members) {
      if (password !== undefined && !hashes.has(password))
        hashes.set(password, await app.passwords.hash(password));
    }
    return hashes;
  }
}

/** The account's sessions proved their factors an hour ago: too long for a sensitive change. */
async function makeProofsStale(
  app: FastifyInstance,
  account: { tenantDomain: string; username: string },
) {
  await app.db.prisma.session.updateMany({
    where: {
      user: {
        usernameKey: account.username.toLowerCase(),
        tenant: { domain: account.tenantDomain },
      },
    },
    data: { factorsProvenAt: new Date(Date.now() - 60 * 60_000) },
  });
  await app.sessions.invalidate({ all: true });
}

/** Before the body is read: to anyone else it is an unknown route, not even a 400. */
async function onlyFromThisMachine(request: FastifyRequest, reply: FastifyReply) {
  if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) return reply.callNotFound();
}

/** Every customer has its reseller (a database constraint); resellers have none. */
async function resellerId(tx: Tx, kind: string, domain: string | undefined, field: string) {
  if (kind !== 'customer') {
    if (domain) throw invalid(field, 'Only a customer tenant has a reseller.');
    return undefined;
  }
  if (!domain) throw invalid(field, 'A customer tenant needs the domain of its reseller.');
  const parent = await tx.tenant.findUnique({ where: { domain } });
  if (parent?.kind !== 'reseller') throw invalid(field, 'No reseller tenant has this domain.');
  return parent.id;
}
