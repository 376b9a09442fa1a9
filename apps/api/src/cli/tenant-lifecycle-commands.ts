import type { TenantStatus } from '@portal/shared';
import { type CommandSpec, requiredString } from './command.js';
import { withApp } from './context.js';
import { describeTenant, OPERATOR } from './tenant-commands.js';
import { domainArgument, findTenant, listItem } from './tenant-queries.js';

function statusCommand(status: TenantStatus): CommandSpec {
  const verb = status === 'deactivated' ? 'deactivate' : 'activate';
  return {
    name: `tenant ${verb}`,
    summary:
      status === 'deactivated'
        ? 'sign nobody in to the tenant any more and end its sessions now (its data stays)'
        : 'let the tenant sign in again',
    usage: `tenant ${verb} DOMAIN`,
    help:
      status === 'deactivated'
        ? [
            'Its users are refused like unknown ones, their sessions end at once, and resellers',
            'can no longer act in it. `portal tenant activate` undoes it.',
          ]
        : ['Sessions ended by the deactivation stay ended: users sign in again.'],
    options: {},
    positionals: ['DOMAIN'],
    async run(io, _values, [rawDomain = '']) {
      const domain = domainArgument(rawDomain, 'DOMAIN');
      return withApp(io, async ({ app }) => {
        const before = await findTenant(app.db.prisma, domain);
        await app.tenants.setStatus(before.id, status, OPERATOR);
        const tenant = listItem(await findTenant(app.db.prisma, domain));
        const unchanged = before.status === status;
        return {
          data: { ...tenant, changed: !unchanged },
          text: [`${unchanged ? 'already ' : ''}${status}: ${describeTenant(tenant)}`],
        };
      });
    },
  };
}

export const tenantDeactivate = statusCommand('deactivated');
export const tenantActivate = statusCommand('active');

export const tenantMove: CommandSpec = {
  name: 'tenant move',
  summary: 'give a customer to another reseller',
  usage: 'tenant move DOMAIN --reseller DOMAIN',
  help: ['Sessions of the old reseller acting in the customer lose access at their next request.'],
  options: { reseller: { type: 'string' } },
  positionals: ['DOMAIN'],
  async run(io, values, [rawDomain = '']) {
    const domain = domainArgument(rawDomain, 'DOMAIN');
    const resellerDomain = domainArgument(requiredString(values, 'reseller', this), '--reseller');
    return withApp(io, async ({ app }) => {
      const customer = await findTenant(app.db.prisma, domain, 'customer');
      const reseller = await findTenant(app.db.prisma, resellerDomain, 'reseller');
      await app.tenants.move(customer.id, reseller.id, OPERATOR);
      const tenant = listItem(await findTenant(app.db.prisma, domain));
      const from = customer.parent?.domain ?? null;
      return {
        data: { ...tenant, fromReseller: from, changed: from !== reseller.domain },
        text: [
          from === reseller.domain
            ? `${domain} already belongs to ${reseller.domain}`
            : `moved ${domain} from ${from ?? 'no reseller'} to ${reseller.domain}`,
        ],
      };
    });
  },
};
