import { TENANT_KINDS, type TenantKind } from '@portal/shared';
import { type CommandSpec, optionalString, requiredString, UsageError } from './command.js';
import { withApp } from './context.js';
import {
  domainArgument,
  findTenant,
  listItem,
  listTenants,
  type TenantDetails,
  type TenantListItem,
  tenantDetails,
} from './tenant-queries.js';

export const OPERATOR = { kind: 'operator' } as const;
const NAME_MAX_LENGTH = 200;

export const describeTenant = (tenant: TenantListItem) =>
  `${tenant.domain}  ${tenant.kind}  ${tenant.status}  "${tenant.name}"${tenant.reseller ? `  reseller ${tenant.reseller}` : ''}`;

export const tenantCreate: CommandSpec = {
  name: 'tenant create',
  summary: 'create a reseller or a customer tenant',
  usage: 'tenant create --kind reseller|customer --name NAME [--domain DOMAIN] [--reseller DOMAIN]',
  help: [
    'A customer belongs to exactly one reseller (--reseller); a reseller to none.',
    'Without --domain, one is made from the name and a random 6-digit number (acme-123456.tenant).',
    'Add its first administrator with `portal admin invite`.',
  ],
  options: {
    kind: { type: 'string' },
    name: { type: 'string' },
    domain: { type: 'string' },
    reseller: { type: 'string' },
  },
  async run(io, values) {
    const kind = requiredString(values, 'kind', this);
    if (!(TENANT_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`--kind must be reseller or customer, not ${JSON.stringify(kind)}`);
    }
    const name = requiredString(values, 'name', this);
    if (name.length > NAME_MAX_LENGTH) {
      throw new UsageError(`--name is longer than ${NAME_MAX_LENGTH} characters`);
    }
    const rawDomain = optionalString(values, 'domain');
    const domain = rawDomain === undefined ? undefined : domainArgument(rawDomain, '--domain');
    const rawReseller = optionalString(values, 'reseller');
    if (kind === 'customer' && rawReseller === undefined) {
      throw new UsageError('a customer needs its reseller: --reseller DOMAIN');
    }
    if (kind === 'reseller' && rawReseller !== undefined) {
      throw new UsageError('a reseller belongs to no reseller: leave out --reseller');
    }
    const resellerDomain =
      rawReseller === undefined ? undefined : domainArgument(rawReseller, '--reseller');
    return withApp(io, async ({ app }) => {
      const reseller = resellerDomain
        ? await findTenant(app.db.prisma, resellerDomain, 'reseller')
        : undefined;
      const created = await app.tenants.create(
        {
          kind: kind as TenantKind,
          name,
          ...(domain ? { domain } : {}),
          ...(reseller ? { resellerId: reseller.id } : {}),
        },
        OPERATOR,
      );
      const tenant = listItem(await findTenant(app.db.prisma, created.domain));
      return { data: tenant, text: [`created ${describeTenant(tenant)}`] };
    });
  },
};

export const tenantList: CommandSpec = {
  name: 'tenant list',
  summary: 'list tenants, optionally one reseller’s customers or those matching a text',
  usage: 'tenant list [--reseller DOMAIN] [--search TEXT]',
  help: [
    '--reseller DOMAIN  only the customers of this reseller',
    '--search TEXT      only tenants whose domain or name contains TEXT (any case)',
  ],
  options: { reseller: { type: 'string' }, search: { type: 'string' } },
  async run(io, values) {
    const rawReseller = optionalString(values, 'reseller');
    const resellerDomain =
      rawReseller === undefined ? undefined : domainArgument(rawReseller, '--reseller');
    const search = optionalString(values, 'search');
    return withApp(io, async ({ app }) => {
      const reseller = resellerDomain
        ? await findTenant(app.db.prisma, resellerDomain, 'reseller')
        : undefined;
      const tenants = await listTenants(app.db.prisma, {
        ...(reseller ? { resellerId: reseller.id } : {}),
        ...(search ? { search } : {}),
      });
      await app.audit.recordOperator({
        type: 'operator.command',
        tenantId: reseller?.id ?? null,
        details: { command: 'tenant list', ...(search ? { search } : {}) },
      });
      const text = tenants.length === 0 ? ['no tenants'] : tenants.map(describeTenant);
      return { data: tenants, text };
    });
  },
};

function detailLines(tenant: TenantDetails): string[] {
  const percent = (part: number, whole: number) =>
    whole === 0 ? '-' : `${Math.round((part / whole) * 100)} %`;
  return [
    describeTenant(tenant),
    `id ${tenant.id}, created ${tenant.createdAt}`,
    ...(tenant.customers === null ? [] : [`customers: ${tenant.customers}`]),
    `users: ${tenant.users.total} (${tenant.users.active} active), with 2FA: ${tenant.users.withTwoFactor} (${percent(tenant.users.withTwoFactor, tenant.users.total)}), reseller portal: ${tenant.users.resellerPortal}`,
    `admins: ${tenant.admins.total} (${tenant.admins.active} active), with 2FA: ${tenant.admins.withTwoFactor} (${percent(tenant.admins.withTwoFactor, tenant.admins.total)})${tenant.admins.usernames.length ? `: ${tenant.admins.usernames.join(', ')}` : ''}`,
  ];
}

export const tenantShow: CommandSpec = {
  name: 'tenant show',
  summary: 'one tenant: its users, administrators and their 2FA coverage',
  usage: 'tenant show DOMAIN',
  help: ['2FA coverage counts confirmed authenticator apps; reseller-portal accounts apart.'],
  options: {},
  positionals: ['DOMAIN'],
  async run(io, _values, [rawDomain = '']) {
    const domain = domainArgument(rawDomain, 'DOMAIN');
    return withApp(io, async ({ app }) => {
      const tenant = await tenantDetails(app.db.prisma, await findTenant(app.db.prisma, domain));
      await app.audit.recordOperator({
        type: 'operator.command',
        tenantId: tenant.id,
        details: { command: 'tenant show' },
      });
      return { data: tenant, text: detailLines(tenant) };
    });
  },
};
