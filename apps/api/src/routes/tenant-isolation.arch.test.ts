import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Isolation is enforced by `request.tenantDb`, so the one way to break it is to reach past it.
 * This test reads the route sources: outside the sign-in flows (which run before there is a
 * session, and find their user by credentials, token or pending cookie), only files named
 * `cross-tenant.ts` may use the unscoped client, and each of them is listed here after review.
 */
const API_ROUTES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'api');

/** Before a session exists there is no acting tenant to scope to. */
const PRE_SESSION_FOLDERS = new Set(['auth', 'two-factor', 'password-reset', 'health', 'dev']);

/** Reviewed reads across tenants, with why each is safe. */
const REVIEWED_CROSS_TENANT = {
  'customers/cross-tenant.ts': "only tenants whose parent is the reseller user's home tenant",
  'audit-events/cross-tenant.ts': 'only the names of users referenced by events already scoped',
} as const;

const UNSCOPED = /\bdb\.prisma\b|\bprisma\s*[,)}]|\$queryRaw|\$executeRaw|\bPrismaClient\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const sessionRouteFiles = sourceFiles(API_ROUTES)
  .map((file) => path.relative(API_ROUTES, file).split(path.sep).join('/'))
  .filter((file) => !PRE_SESSION_FOLDERS.has(file.split('/')[0] ?? ''));

describe('tenant isolation: routes reach the database only through request.tenantDb', () => {
  it.each(sessionRouteFiles)('%s', (file) => {
    const source = readFileSync(path.join(API_ROUTES, file), 'utf8');
    const reviewed = file in REVIEWED_CROSS_TENANT;
    if (path.basename(file) === 'cross-tenant.ts') {
      expect(reviewed, `${file} must be reviewed and listed in REVIEWED_CROSS_TENANT`).toBe(true);
    } else {
      expect(source).not.toMatch(UNSCOPED);
    }
  });

  it('finds the route files it checks (the pattern itself is not broken)', () => {
    expect(sessionRouteFiles).toContain('users/index.ts');
    expect('app.db.prisma.user.findMany()').toMatch(UNSCOPED);
    expect('const { prisma } = app.db;\nlist(prisma, x)').toMatch(UNSCOPED);
    expect('request.tenantDb.user.findMany()').not.toMatch(UNSCOPED);
  });

  it('lists only reviewed files that exist', () => {
    for (const file of Object.keys(REVIEWED_CROSS_TENANT)) {
      expect(sessionRouteFiles).toContain(file);
    }
  });
});
