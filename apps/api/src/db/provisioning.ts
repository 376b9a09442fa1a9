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
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Database, SqlConnection } from './database.js';

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
 * The sync itself is set-based (a statement per step, not per tenant) and runs on a connection of
 * its own, in one transaction, without the pool's query time limit: on a big database it may
 * take longer than a request would be allowed to.
 */
export async function syncPermissions(db: Database): Promise<void> {
  const hash = permissionCatalogueHash();
  const connection = await db.connect();
  try {
    const [synced] = await connection.query<{ hash: string }>(
      'SELECT hash FROM catalogue_versions WHERE name = $1',
      [PERMISSION_CATALOGUE],
    );
    if (synced?.hash === hash) return;
    await inTransaction(connection, async () => {
      await writeCatalogue(connection);
      await connection.query(
        `INSERT INTO catalogue_versions (name, hash) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET hash = EXCLUDED.hash, updated_at = now()`,
        [PERMISSION_CATALOGUE, hash],
      );
    });
  } finally {
    await connection.release();
  }
}

async function inTransaction(connection: SqlConnection, work: () => Promise<void>) {
  await connection.exec('BEGIN');
  try {
    await work();
    await connection.exec('COMMIT');
  } catch (error) {
    await connection.exec('ROLLBACK');
    throw error;
  }
}

/** The grants as three parallel arrays (kind, role, permission), for unnest() in SQL. */
function grantArrays(): [string[], string[], string[]] {
  const grants = Object.entries(ROLE_PERMISSIONS).flatMap(([kind, roles]) =>
    Object.entries(roles).flatMap(([role, permissions]) =>
      permissions.map((permission) => [kind, role, permission] as const),
    ),
  );
  return [grants.map((g) => g[0]), grants.map((g) => g[1]), grants.map((g) => g[2])];
}

const GRANTS =
  'SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS g(kind, role, permission)';

async function writeCatalogue(connection: SqlConnection) {
  const permissions = [...PERMISSIONS];
  await connection.query(
    'INSERT INTO permissions (key) SELECT unnest($1::text[]) ON CONFLICT (key) DO NOTHING',
    [permissions],
  );
  await connection.query('DELETE FROM permissions WHERE NOT (key = ANY($1::text[]))', [
    permissions,
  ]);
  await connection.query(
    `WITH g AS (${GRANTS})
     INSERT INTO role_permissions (role_id, permission_key)
     SELECT r.id, g.permission FROM g
     JOIN tenants t ON t.kind::text = g.kind
     JOIN roles r ON r.tenant_id = t.id AND r.key = g.role
     ON CONFLICT DO NOTHING`,
    grantArrays(),
  );
  await connection.query(
    `WITH g AS (${GRANTS})
     DELETE FROM role_permissions rp USING roles r, tenants t
     WHERE rp.role_id = r.id AND r.tenant_id = t.id
       AND NOT EXISTS (SELECT 1 FROM g
                       WHERE g.kind = t.kind::text AND g.role = r.key
                         AND g.permission = rp.permission_key)`,
    grantArrays(),
  );
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
