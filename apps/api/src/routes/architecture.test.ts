import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EndpointName, endpoints, needsSession } from '@portal/shared';
import { describe, expect, it } from 'vitest';

/**
 * The shape of the route layer, read from its sources:
 * - isolation is enforced by `request.tenantDb`, so the one way to break it is to reach past it.
 *   What decides is how a route is registered: a file that registers an endpoint needing a
 *   session (and every route file it imports) may not touch the unscoped client; only files
 *   named `cross-tenant.ts`, each reviewed and listed here, may read across tenants;
 * - every endpoint of the contract has exactly one home;
 * - route folders do not import each other: what two domains share is a service in plugins/app.
 */
const ROUTES = path.dirname(fileURLToPath(import.meta.url));
const API_ROUTES = path.join(ROUTES, 'api');

/** Reviewed reads across tenants, with why each is safe. */
const REVIEWED_CROSS_TENANT = {
  'customers/cross-tenant.ts': "only tenants whose parent is the reseller user's home tenant",
  'audit-events/cross-tenant.ts': 'only the names of users referenced by events already scoped',
} as const;

const UNSCOPED = /\bdb\.prisma\b|\bprisma\s*[,)}]|\$queryRaw|\$executeRaw|\bPrismaClient\b/;
const REGISTRATION = /\broute\(\s*app,\s*endpoints\.(\w+)/g;
const RELATIVE_IMPORT = /from '(\.{1,2}\/[^']+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const files = sourceFiles(API_ROUTES).map((file) => ({
  name: path.relative(API_ROUTES, file).split(path.sep).join('/'),
  full: file,
  source: readFileSync(file, 'utf8'),
}));
const byPath = new Map(files.map((file) => [file.full, file]));

const registeredIn = (source: string) =>
  [...source.matchAll(REGISTRATION)].map((match) => match[1] as EndpointName);

/** The route files a file imports, directly or through other route files. */
function routeImportsOf(file: { full: string; source: string }, seen = new Set<string>()) {
  for (const [, specifier] of file.source.matchAll(RELATIVE_IMPORT)) {
    const target = path.resolve(path.dirname(file.full), specifier ?? '').replace(/\.js$/, '.ts');
    const imported = byPath.get(target);
    if (imported && !seen.has(target)) {
      seen.add(target);
      routeImportsOf(imported, seen);
    }
  }
  return [...seen].map((full) => byPath.get(full)).filter((f) => f !== undefined);
}

const sessionFiles = files.filter((file) =>
  registeredIn(file.source).some((name) => needsSession(endpoints[name])),
);

describe('route layer: isolation follows from how a route is registered', () => {
  it.each(sessionFiles.map((file) => [file.name, file] as const))(
    '%s and what it imports reach the database only through request.tenantDb',
    (_, file) => {
      for (const reached of [file, ...routeImportsOf(file)]) {
        if (path.basename(reached.name) === 'cross-tenant.ts') {
          expect(REVIEWED_CROSS_TENANT, `${reached.name} must be reviewed`).toHaveProperty([
            reached.name,
          ]);
        } else {
          expect(reached.source, `${reached.name}, reached from ${file.name}`).not.toMatch(
            UNSCOPED,
          );
        }
      }
    },
  );

  it('finds what it checks (neither the patterns nor the file list are broken)', () => {
    expect(sessionFiles.map((file) => file.name)).toContain('users/manage-routes.ts');
    expect(sessionFiles.map((file) => file.name)).not.toContain('health/index.ts');
    expect('app.db.prisma.user.findMany()').toMatch(UNSCOPED);
    expect('const { prisma } = app.db;\nlist(prisma, x)').toMatch(UNSCOPED);
    expect('request.tenantDb.user.findMany()').not.toMatch(UNSCOPED);
    expect(registeredIn('route(\n    app,\n    endpoints.devFixtures,')).toEqual(['devFixtures']);
  });

  it('lists only reviewed files that exist', () => {
    for (const name of Object.keys(REVIEWED_CROSS_TENANT)) {
      expect(files.map((file) => file.name)).toContain(name);
    }
  });
});

describe('route layer: one home for each endpoint, no imports between route folders', () => {
  it('registers every endpoint of the contract exactly once', () => {
    const homes = files.flatMap((file) => registeredIn(file.source).map((name) => name));
    expect([...homes].sort()).toEqual(Object.keys(endpoints).sort());
  });

  it.each(files.map((file) => [file.name, file] as const))(
    '%s imports nothing from another route folder',
    (name, file) => {
      const folder = name.split('/')[0];
      for (const [, specifier] of file.source.matchAll(RELATIVE_IMPORT)) {
        const target = path.relative(
          API_ROUTES,
          path.resolve(path.dirname(file.full), specifier ?? ''),
        );
        if (target.startsWith('..')) continue;
        expect(target.split(path.sep)[0], `${name} imports ${specifier}`).toBe(folder);
      }
    },
  );
});
