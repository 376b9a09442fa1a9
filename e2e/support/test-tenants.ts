import type { APIRequestContext } from '@playwright/test';
import {
  type Account,
  type AccountSpec,
  type AccountWithTotp,
  makeTestData,
  randomId,
  type Tenant,
  type TenantPolicy,
  tenantDomain,
} from './test-data.js';

// The tenants behind the `tenant` and `reseller` fixtures (fixtures.ts).

/** A customer tenant of its own, under a reseller of its own (every customer has one). */
export async function makeCustomerTenant(
  request: APIRequestContext,
  policy: TenantPolicy = {},
): Promise<Tenant> {
  const id = randomId();
  const resellerDomain = tenantDomain('reseller');
  const made = await makeTestData(request, {
    tenants: [
      { kind: 'reseller', domain: resellerDomain, name: `Reseller ${id}` },
      {
        kind: 'customer',
        domain: tenantDomain('customer'),
        name: `Customer ${id}`,
        parentDomain: resellerDomain,
        ...policy,
      },
    ],
  });
  const { id: tenantId, domain, name } = made.tenants[1] as Tenant;
  return { id: tenantId, domain, name };
}

/** A customer with its accounts, its administrator (username `admin`) first. */
export type Customer = Tenant & { admin: Account; accounts: Account[] };

export interface ResellerWithCustomers {
  tenant: Tenant;
  /** `reseller.admin`, Rita Reseller, with 2FA on. */
  admin: AccountWithTotp;
  /** Acme (admin, alice, bob), Globex (admin) and Initech (admin, milton), as in the demo data. */
  customers: [acme: Customer, globex: Customer, initech: Customer];
}

const admin = (displayName: string): AccountSpec => ({
  role: 'admin',
  username: 'admin',
  displayName,
});
const user = (username: string, displayName: string): AccountSpec => ({
  role: 'user',
  username,
  displayName,
});

/** A reseller shaped like the demo's, with domains of its own. */
export async function makeReseller(request: APIRequestContext): Promise<ResellerWithCustomers> {
  const domain = tenantDomain('reseller');
  const customer = (prefix: string, name: string, accounts: AccountSpec[]) => ({
    kind: 'customer' as const,
    domain: tenantDomain(prefix),
    name,
    parentDomain: domain,
    accounts,
  });
  const made = await makeTestData(request, {
    tenants: [
      {
        kind: 'reseller',
        domain,
        name: `Reseller ${randomId()}`,
        accounts: [
          { role: 'admin', username: 'reseller.admin', displayName: 'Rita Reseller', totp: true },
        ],
      },
      customer('acme', 'Acme Corporation', [
        admin('Acme Admin'),
        user('alice', 'Alice Anderson'),
        user('bob', 'Bob Baker'),
      ]),
      customer('globex', 'Globex Corporation', [admin('Globex Admin')]),
      customer('initech', 'Initech', [admin('Initech Admin'), user('milton', 'Milton Waddams')]),
    ],
  });
  // Each tenant's administrator is its first account.
  const [reseller, ...customers] = made.tenants.map((tenant) => ({
    ...tenant,
    admin: tenant.accounts[0] as Account,
  }));
  const { id, name, admin: resellerAdmin } = reseller as Customer;
  return {
    tenant: { id, domain, name },
    admin: resellerAdmin as AccountWithTotp,
    customers: customers as ResellerWithCustomers['customers'],
  };
}
