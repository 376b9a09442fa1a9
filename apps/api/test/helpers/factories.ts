import { randomBytes } from 'node:crypto';
import type { Language, RoleKey, TenantKind } from '@portal/shared';
import type { Database } from '../../src/db/database.js';
import { createTenant, createUser } from '../../src/db/provisioning.js';
import type { Tenant } from '../../src/generated/prisma/client.js';
import { testHasher } from './test-app.js';

const unique = () => randomBytes(4).toString('hex');

export async function makeTenant(
  db: Database,
  overrides: { kind?: TenantKind; domain?: string; name?: string; parentId?: string } = {},
): Promise<Tenant> {
  const kind = overrides.kind ?? 'customer';
  const parentId =
    kind === 'customer' ? (overrides.parentId ?? (await makeReseller(db)).id) : undefined;
  const id = unique();
  return createTenant(db.prisma, {
    kind,
    domain: overrides.domain ?? `t-${id}.tenant`,
    name: overrides.name ?? `Tenant ${id}`,
    ...(parentId ? { parentId } : {}),
  });
}

export function makeReseller(
  db: Database,
  overrides: { domain?: string; name?: string } = {},
): Promise<Tenant> {
  return makeTenant(db, { ...overrides, kind: 'reseller' });
}

export const DEFAULT_TEST_PASSWORD = 'correct horse battery staple';

export async function makeUser(
  db: Database,
  overrides: {
    tenantId?: string;
    username?: string;
    password?: string | null;
    roles?: RoleKey[];
    displayName?: string;
    email?: string;
    language?: Language;
  } = {},
) {
  const tenantId = overrides.tenantId ?? (await makeTenant(db)).id;
  const password = overrides.password === undefined ? DEFAULT_TEST_PASSWORD : overrides.password;
  const hasher = await testHasher();
  const user = await createUser(db.prisma, {
    tenantId,
    username: overrides.username ?? `user-${unique()}`,
    displayName: overrides.displayName ?? 'Test User',
    email: overrides.email ?? null,
    passwordHash: password === null ? null : await hasher.hash(password),
    roles: overrides.roles ?? ['user'],
    language: overrides.language ?? 'en',
  });
  const tenant = await db.prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } });
  return { user, tenant, password };
}
