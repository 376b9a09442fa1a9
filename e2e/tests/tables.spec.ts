import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.js';
import { selectCustomer, signIn } from '../support/flows.js';

/** The table pages, by their path, heading and table name, as a reseller acting in Acme sees them. */
const TABLE_PAGES = [
  { path: '/customers', heading: 'Select customer', table: 'Customers' },
  { path: '/users', heading: 'User management', table: 'Users' },
  { path: '/account/sessions', heading: 'Sessions', table: 'Your sessions' },
  { path: '/audit', heading: 'Audit log', table: 'Audit events' },
] as const;

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/**
 * Buttons whose text runs onto a third line (the "S/e/l/e/c/t" of a squeezed column), as
 * "label: height / line height".
 */
async function buttonsTallerThanTwoLines(page: Page): Promise<string[]> {
  return page.locator('main button:visible').evaluateAll((buttons) =>
    buttons.flatMap((button) => {
      const style = getComputedStyle(button);
      const lineHeight =
        Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
      const frame =
        Number.parseFloat(style.paddingTop) +
        Number.parseFloat(style.paddingBottom) +
        Number.parseFloat(style.borderTopWidth) +
        Number.parseFloat(style.borderBottomWidth);
      const textHeight = button.getBoundingClientRect().height - frame;
      return textHeight > 2 * lineHeight + 1
        ? [`${button.textContent?.trim()}: ${Math.round(textHeight)} / ${lineHeight}`]
        : [];
    }),
  );
}

test('every table page reads at 1280 and at 390 px: no squeezed button, nothing cut off', async ({
  page,
  checkA11y,
  reseller,
}, testInfo) => {
  // Eight pages, each screenshot and axe scan, on a machine that runs two browsers.
  test.slow();
  const [acme] = reseller.customers;
  await signIn(page, reseller.admin);
  await selectCustomer(page, acme);

  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    for (const { path, heading, table } of TABLE_PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      const rows = page.getByRole('table', { name: table }).locator('tbody tr');
      await expect(rows.first()).toBeVisible();
      await page.screenshot({
        path: testInfo.outputPath(`${path.slice(1).replace('/', '-')}-${size.width}.png`),
        fullPage: true,
      });

      expect(await buttonsTallerThanTwoLines(page), `${path} at ${size.width} px`).toEqual([]);
      // The page itself never scrolls sideways: a wide table scrolls in its own frame.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} at ${size.width} px scrolls sideways`).toBeLessThanOrEqual(0);

      // A table wider than the screen scrolls, reachable by keyboard, with its row headers kept.
      const frame = page.getByRole('region', { name: table });
      if ((await frame.count()) > 0) {
        await frame.focus();
        await frame.evaluate((element) => {
          element.scrollLeft = element.scrollWidth;
        });
        const frameBox = await frame.boundingBox();
        const firstCell = await rows.first().locator('> :first-child').boundingBox();
        expect(frameBox && firstCell && Math.abs(firstCell.x - frameBox.x)).toBeLessThan(2);
      }
      await checkA11y(`${path} at ${size.width} px`);
    }
  }
});
