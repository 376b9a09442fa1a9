import type { Locator } from '@playwright/test';
import { expect, test } from '../support/fixtures.js';
import { selectCustomer, signIn } from '../support/flows.js';

test('the language switch translates the page and is remembered', async ({ page, checkA11y }) => {
  await page.goto('/login');
  await page.getByLabel('Language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Anmelden' })).toBeVisible();
  await checkA11y('login page in German');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Anmelden' })).toBeVisible();

  await page.getByLabel('Sprache').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();

  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
});

/** The table pages in German, as a reseller acting in a customer sees them. */
const GERMAN_TABLE_PAGES = [
  // No table, but its sidebar link is the current one: bold, and the widest.
  { path: '/settings', heading: 'Mandanteneinstellungen', table: null },
  { path: '/customers', heading: 'Kundenauswahl', table: 'Kunden' },
  { path: '/users', heading: 'Benutzerverwaltung', table: 'Benutzer' },
  { path: '/account/sessions', heading: 'Sitzungen', table: 'Ihre Sitzungen' },
  { path: '/audit', heading: 'Audit-Protokoll', table: 'Audit-Ereignisse' },
] as const;

/** Elements whose content is wider than their box (cut off or spilling out), as "text: widths". */
async function clipped(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((nodes) =>
    nodes.flatMap((node) =>
      node.scrollWidth > node.clientWidth
        ? [`${node.textContent?.trim()}: ${node.scrollWidth} > ${node.clientWidth}`]
        : [],
    ),
  );
}

test('German at 1280 and 1024 px: sidebar labels and table headers fit, none cut off', async ({
  page,
  reseller,
}) => {
  test.slow();
  const [acme] = reseller.customers;
  await signIn(page, reseller.admin);
  await selectCustomer(page, acme);
  await page.getByLabel('Language').selectOption('de');

  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    for (const { path, heading, table } of GERMAN_TABLE_PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      if (table) {
        await expect(
          page.getByRole('table', { name: table }).locator('tbody tr').first(),
        ).toBeVisible();
      }

      const sidebar = page.getByRole('navigation', { name: 'Hauptmenü' });
      // The soft hyphen that lets it break is not part of its name.
      await expect(
        sidebar.getByRole('link', { name: 'Mandanteneinstellungen', exact: true }),
      ).toBeVisible();
      expect(await clipped(sidebar.getByRole('link')), `sidebar on ${path} at ${width} px`).toEqual(
        [],
      );
      const navBox = await sidebar.boundingBox();
      for (const right of await sidebar
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().right))) {
        expect(right).toBeLessThanOrEqual((navBox?.x ?? 0) + (navBox?.width ?? 0));
      }

      if (table) {
        const headers = page.getByRole('table', { name: table }).locator('thead th');
        expect(await clipped(headers), `headers on ${path} at ${width} px`).toEqual([]);
      }
    }
  }
});
