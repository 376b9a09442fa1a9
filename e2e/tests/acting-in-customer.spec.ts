import { expect, test } from '../support/fixtures.js';
import { openUserManagement, selectCustomer, signIn } from '../support/flows.js';

// Issue 14, point 7: while a reseller acts in a customer, every page says which one.
test('a reseller acting in a customer sees its name in the header, on every admin page and in the list', async ({
  page,
  checkA11y,
  reseller,
}) => {
  test.setTimeout(120_000);
  const [, globex] = reseller.customers;
  await signIn(page, reseller.admin);
  await selectCustomer(page, globex);

  // The header: where one works, above who one is and one's own tenant.
  const header = page.getByRole('banner');
  await expect(header.getByText(`Acting in ${globex.name}`)).toBeVisible();
  await expect(header).toContainText(`(${globex.domain})`);
  await expect(header.getByText('Your tenant')).toBeVisible();
  await expect(header).toContainText(reseller.tenant.name);
  const acting = await header.getByText(`Acting in ${globex.name}`).boundingBox();
  const userName = await header
    .getByText(reseller.admin.displayName, { exact: true })
    .boundingBox();
  expect(acting && userName && acting.y < userName.y).toBe(true);

  const menu = page.getByRole('navigation', { name: 'Main' });
  await openUserManagement(page);
  await expect(page.getByRole('main')).toContainText(
    `The people who can sign in to ${globex.name} (${globex.domain}).`,
  );
  await checkA11y('users while acting in a customer');

  await menu.getByRole('link', { name: 'Tenant settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tenant settings' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(globex.name);

  await menu.getByRole('link', { name: 'Audit log', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`What happened in ${globex.name}`);

  // Select customer: the current one is marked, not offered again; the others still are.
  await header.getByRole('link', { name: 'Switch customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Select customer' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: `${globex.name} Current` })).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Select ${globex.name}`, exact: true }),
  ).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: `Select ${reseller.customers[0].name}`, exact: true }),
  ).toBeVisible();
  await checkA11y('select customer while acting in one');
});
