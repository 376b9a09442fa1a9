import { randomInt } from 'node:crypto';
import { normalizeUsername, type RoleKey } from '@portal/shared';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { PasswordHasher } from '../security/password-hasher.js';
import { createTenant, createUser } from './provisioning.js';

/** The demo reseller and its customers; the e2e flows and the README rely on these names. */
export const DEMO_TENANTS = {
  reseller: { domain: 'demo-reseller.tenant', name: 'Demo Reseller' },
  customers: [
    { domain: 'acme.tenant', name: 'Acme Corporation', twoFactorGraceDays: 0 },
    // Globex gives its administrators 30 days to activate 2FA: they see the banner meanwhile.
    { domain: 'globex.tenant', name: 'Globex Corporation', twoFactorGraceDays: 30 },
    // Initech requires 2FA of every user, not only of administrators.
    {
      domain: 'initech.tenant',
      name: 'Initech',
      twoFactorGraceDays: 0,
      twoFactorRequiredFor: 'all',
    },
  ],
} as const;

interface DemoCustomer {
  domain: string;
  name: string;
  twoFactorGraceDays: number;
  twoFactorRequiredFor?: 'admins' | 'all';
}

interface DemoUser {
  domain: string;
  username: string;
  displayName: string;
  email: string;
  role: RoleKey;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    domain: 'demo-reseller.tenant',
    username: 'reseller.admin',
    displayName: 'Rita Reseller',
    email: 'reseller.admin@demo-reseller.example',
    role: 'admin',
  },
  {
    domain: 'acme.tenant',
    username: 'admin',
    displayName: 'Acme Admin',
    email: 'admin@acme.example',
    role: 'admin',
  },
  {
    domain: 'acme.tenant',
    username: 'alice',
    displayName: 'Alice Anderson',
    email: 'alice@acme.example',
    role: 'user',
  },
  {
    domain: 'acme.tenant',
    username: 'bob',
    displayName: 'Bob Baker',
    email: 'bob@acme.example',
    role: 'user',
  },
  {
    domain: 'globex.tenant',
    username: 'admin',
    displayName: 'Globex Admin',
    email: 'admin@globex.example',
    role: 'admin',
  },
  {
    domain: 'initech.tenant',
    username: 'admin',
    displayName: 'Initech Admin',
    email: 'admin@initech.example',
    role: 'admin',
  },
  {
    domain: 'initech.tenant',
    username: 'milton',
    displayName: 'Milton Waddams',
    email: 'milton@initech.example',
    role: 'user',
  },
];

/** The local OpenID provider of `pnpm dev` and the tests (tools/dev-idp) plays the portal here. */
export const DEV_IDP_ISSUER = 'http://127.0.0.1:4010';

interface DemoPortalUser extends DemoUser {
  /** The account's subject at the reseller portal. */
  subject: string;
}

/**
 * Demo accounts linked to the reseller portal: they have no password here and sign in through
 * the portal (rsp.partner with MFA there, rsp.nomfa without, which an admin role refuses).
 */
export const DEMO_PORTAL_USERS: readonly DemoPortalUser[] = [
  {
    domain: 'demo-reseller.tenant',
    username: 'rsp.partner',
    displayName: 'Rhea Partner',
    email: 'rsp.partner@demo-reseller.example',
    role: 'admin',
    subject: 'rsp.partner',
  },
  {
    domain: 'demo-reseller.tenant',
    username: 'rsp.nomfa',
    displayName: 'Nico No-MFA',
    email: 'rsp.nomfa@demo-reseller.example',
    role: 'admin',
    subject: 'rsp.nomfa',
  },
];

// No look-alike characters, so the password can be read off a terminal and typed.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generateDemoPassword(length = 16): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/**
 * Creates whatever of the demo data is missing; running it twice changes nothing. The portal
 * accounts are linked at `rspIssuer` (RSP_ISSUER_URL when configured), else at the dev IdP.
 */
export async function seedDemoData(
  prisma: PrismaClient,
  hasher: PasswordHasher,
  password: string,
  options: { rspIssuer?: string } = {},
) {
  const passwordHash = await hasher.hash(password);
  const externalIssuer = options.rspIssuer ?? DEV_IDP_ISSUER;
  await prisma.$transaction(async (tx) => {
    const reseller =
      (await tx.tenant.findUnique({ where: { domain: DEMO_TENANTS.reseller.domain } })) ??
      (await createTenant(tx, { kind: 'reseller', ...DEMO_TENANTS.reseller }));
    for (const {
      twoFactorGraceDays,
      ...customer
    } of DEMO_TENANTS.customers as readonly DemoCustomer[]) {
      const exists = await tx.tenant.findUnique({ where: { domain: customer.domain } });
      if (exists) continue;
      const grace = twoFactorGraceDays
        ? { twoFactorGraceUntil: new Date(Date.now() + twoFactorGraceDays * 86_400_000) }
        : {};
      await createTenant(tx, { kind: 'customer', parentId: reseller.id, ...customer, ...grace });
    }
    for (const { domain, role, ...user } of DEMO_USERS) {
      const tenant = await tx.tenant.findUniqueOrThrow({ where: { domain } });
      const usernameKey = normalizeUsername(user.username);
      const exists = await tx.user.findUnique({
        where: { tenantId_usernameKey: { tenantId: tenant.id, usernameKey } },
      });
      if (!exists)
        await createUser(tx, { ...user, tenantId: tenant.id, passwordHash, roles: [role] });
    }
    for (const { domain, role, subject, ...user } of DEMO_PORTAL_USERS) {
      const tenant = await tx.tenant.findUniqueOrThrow({ where: { domain } });
      const exists = await tx.user.findUnique({
        where: {
          tenantId_usernameKey: {
            tenantId: tenant.id,
            usernameKey: normalizeUsername(user.username),
          },
        },
      });
      if (exists) continue;
      const created = await createUser(tx, {
        ...user,
        tenantId: tenant.id,
        passwordHash: null,
        roles: [role],
      });
      await tx.user.update({
        where: { id: created.id },
        data: { externalIssuer, externalSubject: subject },
      });
    }
  });
}
