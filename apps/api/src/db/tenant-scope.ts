import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

/**
 * Tenant isolation in one place. Protected routes reach the database through a client made here
 * (`request.tenantDb`), which adds the acting tenant to every query of tenant-owned data: a route
 * cannot forget it. Reading across tenants (a reseller's customer list, actor names in the audit
 * log) uses the unscoped client on purpose, in the few files that the architecture test allows.
 */
export interface TenantScope {
  /** The tenant the request acts in. */
  tenantId: string;
  /** The signed-in user: their own sessions are the only ones a scoped client sees. */
  userId: string;
}

type ModelName = Prisma.ModelName;
type Filter = Record<string, unknown>;

/** How each model is tied to a tenant. A model missing here cannot be used through the scope. */
const SCOPES: Partial<Record<ModelName, (scope: TenantScope) => Filter>> = {
  Tenant: ({ tenantId }) => ({ id: tenantId }),
  User: ({ tenantId }) => ({ tenantId }),
  Role: ({ tenantId }) => ({ tenantId }),
  UserRole: ({ tenantId }) => ({ tenantId }),
  AuditEvent: ({ tenantId }) => ({ tenantId }),
  OutboxMail: ({ tenantId }) => ({ tenantId }),
  RolePermission: ({ tenantId }) => ({ role: { tenantId } }),
  TotpCredential: ({ tenantId }) => ({ user: { tenantId } }),
  RecoveryCode: ({ tenantId }) => ({ user: { tenantId } }),
  PasswordResetToken: ({ tenantId }) => ({ user: { tenantId } }),
  LoginChallenge: ({ tenantId }) => ({ user: { tenantId } }),
  Session: ({ userId }) => ({ userId }),
};

/** Models whose rows carry the tenant id themselves: creates through the scope get it set. */
const OWNS_TENANT_ID = new Set<ModelName>(['User', 'Role', 'UserRole', 'AuditEvent', 'OutboxMail']);

/** Global reference data: readable through the scope, never written through it. */
const GLOBAL_READ_ONLY = new Set<ModelName>(['Permission']);

const READS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
]);
const FILTERED_WRITES = new Set([
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
]);
const CREATES = new Set(['create', 'createMany', 'createManyAndReturn']);

export class TenantScopeViolation extends Error {
  constructor(message: string) {
    super(`Tenant scope: ${message}`);
    this.name = 'TenantScopeViolation';
  }
}

/** The arguments of one operation with the tenant scope applied; throws where it cannot be. */
export function scopeArgs(
  model: ModelName,
  operation: string,
  args: Filter,
  scope: TenantScope,
): Filter {
  if (GLOBAL_READ_ONLY.has(model)) {
    if (READS.has(operation)) return args;
    throw new TenantScopeViolation(`${model} is read-only here`);
  }
  const filterFor = SCOPES[model];
  if (!filterFor) throw new TenantScopeViolation(`${model} is not tenant data`);
  const filter = filterFor(scope);
  if (READS.has(operation) || FILTERED_WRITES.has(operation)) {
    assertKeepsTenant(model, args.data);
    return { ...args, where: withFilter(args.where, filter) };
  }
  if (operation === 'upsert') {
    assertKeepsTenant(model, args.update);
    return {
      ...args,
      where: withFilter(args.where, filter),
      create: stampTenant(model, args.create, scope),
    };
  }
  if (CREATES.has(operation)) {
    const data = Array.isArray(args.data)
      ? args.data.map((row: unknown) => stampTenant(model, row, scope))
      : stampTenant(model, args.data, scope);
    return { ...args, data };
  }
  throw new TenantScopeViolation(`${model}.${operation} is not supported`);
}

/** ANDs the scope into a where clause; unique-key fields stay at the top level for findUnique. */
function withFilter(where: unknown, filter: Filter): Filter {
  const given = (where ?? {}) as Filter;
  return { ...given, AND: [...asArray(given.AND), filter] };
}

function asArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** New rows get the acting tenant; a row for another tenant is refused, never silently moved. */
function stampTenant(model: ModelName, data: unknown, scope: TenantScope): Filter {
  if (!OWNS_TENANT_ID.has(model)) {
    throw new TenantScopeViolation(`create ${model} rows through their owner's service`);
  }
  const row = (data ?? {}) as Filter;
  if (row.tenantId !== undefined && row.tenantId !== scope.tenantId) {
    throw new TenantScopeViolation(`a ${model} of another tenant`);
  }
  if ('tenant' in row) throw new TenantScopeViolation(`connect ${model} by tenantId only`);
  return { ...row, tenantId: scope.tenantId };
}

function assertKeepsTenant(model: ModelName, data: unknown) {
  if (data && typeof data === 'object' && ('tenantId' in data || 'tenant' in data)) {
    throw new TenantScopeViolation(`moving a ${model} to another tenant`);
  }
}

/** A client that sees only the scope's tenant; raw SQL is not available through it. */
export function scopeToTenant(prisma: PrismaClient, scope: TenantScope) {
  const refuseRaw = () => {
    throw new TenantScopeViolation('raw SQL bypasses the scope; use the unscoped client knowingly');
  };
  return prisma.$extends({
    name: 'tenant-scope',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          return query(scopeArgs(model, operation, args as Filter, scope) as typeof args);
        },
      },
      $queryRaw: refuseRaw,
      $executeRaw: refuseRaw,
      $queryRawUnsafe: refuseRaw,
      $executeRawUnsafe: refuseRaw,
    },
  });
}

export type TenantDb = ReturnType<typeof scopeToTenant>;
