import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails on a console error or an uncaught page error, and gets `checkA11y`, which
 * fails on serious or critical axe-core violations of what is on screen.
 */
export const test = base.extend<{
  consoleErrors: string[];
  checkA11y: (label: string) => Promise<void>;
}>({
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
