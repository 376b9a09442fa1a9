import { createHash } from 'node:crypto';
import {
  type Language,
  normalizeUsername,
  PERMISSIONS,
  ROLE_KEYS,
  ROLE_PERMISSIONS,
  type RoleKey,
  type TenantKind,
} from '@portal/shared';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';

type Db = PrismaClient | Prisma.TransactionClient;

const ROLE_NAMES: Record<RoleKey, string> = { admin: 'Administrator', user: 'User' };

const PERMISSION_CATALOGUE = 'permissions';

/** The permission catalogue of this code: changes whenever a permission or a grant does. */
export function permissionCatalogueHash(): string {
  const catalogue = JSON.stringify({ permissions: [...PERMISSIONS].sort(), ROLE_PERMISSIONS });
  return createHash('sha256').update(catalogue).digest('hex');
}

/**
 * Makes the permission catalogue and every role's permissions in the database equal to the
 * statements in packages/shared, which stay the one source. Run at every start, it touches every
 * tenant's roles only when the catalogue differs from the one last synced (its hash is stored),
 * so a start costs the same with 20 tenants or 20,000. New tenants get their grants when created.
 */
export async function syncPermissions(prisma: PrismaClient): Promise<void> {
  const hash = permissionCatalogueHash();
  const synced = await prisma.catalogueVersion.findUnique({
    where: { name: PERMISSION_CATALOGUE },
  });
  if (synced?.hash === hash) return;
  const grants = Object.entries(ROLE_PERMISSIONS).flatMap(([kind, roles]) =>
    Object.entries(roles).flatMap(([role, permissions]) =>
      permissions.map((permission) => Prisma.sql`(${kind}, ${role}, ${permission})`),
    ),
  );
  const grantValues = Prisma.join(grants);
  await prisma.$transaction([
    prisma.$executeRaw`INSERT INTO permissions (key) VALUES ${Prisma.join(
      PERMISSIONS.map((permission) => Prisma.sql`(${permission})`),
    )} ON CONFLICT (key) DO NOTHING`,
    prisma.$executeRaw`DELETE FROM permissions WHERE NOT (key = ANY(${[...PERMISSIONS]}::text[]))`,
    prisma.$executeRaw`
      INSERT INTO role_permissions (role_id, permission_key)
      SELECT r.id, g.permission FROM (VALUES ${grantValues}) AS g(kind, role, permission)
      JOIN tenants t ON t.kind::text = g.kind
      JOIN roles r ON r.tenant_id = t.id AND r.key = g.role
      ON CONFLICT DO NOTHING`,
    prisma.$executeRaw`
      DELETE FROM role_permissions rp USING roles r, tenants t
      WHERE rp.role_id = r.id AND r.tenant_id = t.id
        AND (t.kind::text, r.key, rp.permission_key) NOT IN (VALUES ${grantValues})`,
    prisma.catalogueVersion.upsert({
      where: { name: PERMISSION_CATALOGUE },
      create: { name: PERMISSION_CATALOGUE, hash },
      update: { hash, updatedAt: new Date() },
    }),
  ]);
}

export interface NewTenant {
  kind: TenantKind;
  domain: string;
  name: string;
  parentId?: string;
  twoFactorGraceUntil?: Date;
  twoFactorRequiredFor?: 'admins' | 'all';
}

/** A tenant always comes with its roles and their permissions. */
export async function createTenant(db: Db, input: NewTenant) {
  const tenant = await db.tenant.create({
    data: {
      twoFactorGraceUntil: input.twoFactorGraceUntil ?? null,
      twoFactorRequiredFor: input.twoFactorRequiredFor ?? 'admins',
      kind: input.kind,
      domain: input.domain,
      name: input.name,
      parentId: input.parentId ?? null,
    },
  });
  for (const key of ROLE_KEYS) {
    await db.role.create({
      data: {
        tenantId: tenant.id,
        key,
        name: ROLE_NAMES[key],
        permissions: {
          create: ROLE_PERMISSIONS[input.kind][key].map((permissionKey) => ({ permissionKey })),
        },
      },
    });
  }
  return tenant;
}

export interface NewUser {
  tenantId: string;
  username: string;
  displayName?: string;
  email?: string | null;
  passwordHash?: string | null;
  roles?: RoleKey[];
  language?: Language;
}

export async function createUser(db: Db, input: NewUser) {
  const { roles = [], ...fields } = input;
  const user = await db.user.create({
    data: {
      ...fields,
      usernameKey: normalizeUsername(input.username),
      displayName: input.displayName ?? '',
    },
  });
  for (const key of roles) {
    const role = await db.role.findUniqueOrThrow({
      where: { tenantId_key: { tenantId: input.tenantId, key } },
    });
    await db.userRole.create({
      data: { tenantId: input.tenantId, userId: user.id, roleId: role.id },
    });
  }
  return user;
}
