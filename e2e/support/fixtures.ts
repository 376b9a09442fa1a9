import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import {
  type Account,
  type AccountSpec,
  type AccountWithTotp,
  makeTestData,
  type Tenant,
  type TenantPolicy,
} from './test-data.js';
import { makeCustomerTenant, makeReseller, type ResellerWithCustomers } from './test-tenants.js';

/** Adds an account to `tenant` (the test's own tenant unless given); `totp: true` gives 2FA. */
export interface CreateAccount {
  (spec: AccountSpec & { totp: true; tenant?: Tenant }): Promise<AccountWithTotp>;
  (spec: AccountSpec & { tenant?: Tenant }): Promise<Account>;
}

interface TestData {
  /** Option: the 2FA policy of `tenant` (`test.use({ tenantPolicy: {...} })`). */
  tenantPolicy: TenantPolicy;
  /** Option: whether `admin` has 2FA on already (default), or activates it in the test. */
  adminTotp: boolean;
  /** A customer tenant of the test's own. */
  tenant: Tenant;
  createAccount: CreateAccount;
  /** An administrator of `tenant`. */
  admin: Account;
  /** A user of `tenant` without 2FA. */
  user: Account;
  /** A user of `tenant` with a confirmed authenticator (secret and recovery codes). */
  userWithTotp: AccountWithTotp;
  /** A reseller of the test's own, shaped like the demo's: its admin, and three customers. */
  reseller: ResellerWithCustomers;
}

/**
 * Every test fails on a console error or an uncaught page error, and gets `checkA11y`, which
 * fails on serious or critical axe-core violations of what is on screen. Its data is its own:
 * the fixtures below make fresh tenants and accounts through the app (POST /api/dev/fixtures),
 * so no test reads what another one changes.
 */
export const test = base.extend<
  TestData & {
    consoleErrors: string[];
    checkA11y: (label: string) => Promise<void>;
  }
>({
  tenantPolicy: [{}, { option: true }],
  adminTotp: [true, { option: true }],
  tenant: async ({ request, tenantPolicy }, use) => {
    await use(await makeCustomerTenant(request, tenantPolicy));
  },
  createAccount: async ({ request, tenant }, use) => {
    const create = async ({ tenant: to = tenant, ...spec }: AccountSpec & { tenant?: Tenant }) => {
      const made = await makeTestData(request, {
        accounts: [{ ...spec, tenantDomain: to.domain }],
      });
      return made.accounts[0] as Account;
    };
    await use(create as CreateAccount);
  },
  admin: async ({ createAccount, adminTotp }, use) => {
    await use(await createAccount({ role: 'admin', totp: adminTotp }));
  },
  user: async ({ createAccount }, use) => {
    await use(await createAccount({ role: 'user' }));
  },
  userWithTotp: async ({ createAccount }, use) => {
    await use(await createAccount({ role: 'user', totp: true }));
  },
  reseller: async ({ request }, use) => {
    await use(await makeReseller(request));
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        // The browser reports expected 4xx answers (wrong password, no session) as console errors.
        const expected = /Failed to load resource: the server responded with a status of 4\d\d/;
        if (message.type() === 'error' && !expected.test(message.text()))
          errors.push(message.text());
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  checkA11y: async ({ page }, use) => {
    await use(async (label) => {
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
        `axe violations on ${label}`,
      ).toEqual([]);
    });
  },
});

export { expect };

export async function fillLogin(
  page: Page,
  credentials: { tenantDomain?: string; username: string; password: string },
) {
  if (credentials.tenantDomain !== undefined) {
    await page.getByLabel('Tenant domain').fill(credentials.tenantDomain);
  }
  await page.getByLabel('Username').fill(credentials.username);
  await page.getByLabel('Password', { exact: true }).fill(credentials.password);
}
