import type { ParsedMail } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { makeReseller, makeTenant, makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs, postLogin } from '../../helpers/login.js';
import { flushMail, TEST_PUBLIC_URL, tokenFromMail } from '../../helpers/password-reset.js';
import { actIn, signedInReseller } from '../../helpers/reseller.js';
import { receivedBy, startSmtpServer } from '../../helpers/smtp-server.js';
import { useTestApp } from '../../helpers/test-app.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());

const unique = () => Math.random().toString(36).slice(2, 8);

/** A reseller administrator adds customers and deactivates and activates them again. */
describe('Add customer', () => {
  const t = useTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: TEST_PUBLIC_URL } });

  const addCustomer = (session: string, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/customers', headers: { cookie: session }, payload });
  const setStatus = (session: string, tenantId: string, status: string) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/customers/${tenantId}`,
      headers: { cookie: session },
      payload: { status },
    });
  const listCustomers = (session: string) =>
    t.app.inject({ url: '/api/customers', headers: { cookie: session } });

  const newAdmin = () => ({ username: 'first.admin', email: `admin-${unique()}@example.test` });

  it('creates the customer with a generated domain, lists it first and mails its administrator', async () => {
    const { reseller, session } = await signedInReseller(t.app, t.db);
    await makeTenant(t.db, { parentId: reseller.id, name: 'Aaa Older' });
    const admin = newAdmin();

    const created = await addCustomer(session, { name: 'Müller & Söhne GmbH', admin });
    expect(created.statusCode, created.body).toBe(201);
    const customer = created.json();
    expect(customer).toMatchObject({ name: 'Müller & Söhne GmbH', status: 'active' });
    expect(customer.domain).toMatch(/^muller-sohne-gmbh-\d{6}\.tenant$/);

    const list = (await listCustomers(session)).json();
    expect(list.items[0]).toMatchObject({ id: customer.id, status: 'active' });

    await flushMail(t.app);
    const [mail] = receivedBy(smtp, admin.email) as ParsedMail[];
    expect(mail?.subject).toBe('Your new Unified Security Portal account');
    expect(mail?.text).toContain(customer.domain);
    const stored = await t.db.prisma.tenant.findUniqueOrThrow({
      where: { id: customer.id },
      include: { roles: true },
    });
    expect(stored).toMatchObject({ kind: 'customer', parentId: reseller.id });
    expect(stored.roles.map((r) => r.key).sort()).toEqual(['admin', 'user']);
  });

  it('lets the new administrator set a password from the mail and sign in', async () => {
    const { session } = await signedInReseller(t.app, t.db);
    const admin = newAdmin();
    const customer = (await addCustomer(session, { name: 'Initech', admin })).json();
    await flushMail(t.app);
    const token = tokenFromMail(receivedBy(smtp, admin.email)[0] as ParsedMail);
    const newPassword = `correct horse ${unique()} battery`;
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password/reset',
      payload: { token, password: newPassword },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    const login = await postLogin(t.app, {
      tenantDomain: customer.domain,
      username: admin.username,
      password: newPassword,
    });
    expect(login.statusCode, login.body).toBe(200);
    // Administrators must turn on 2FA: the sign-in continues with the enrollment step.
    expect(login.json().status).toBe('totp_enrollment_required');
  });

  it('keeps a chosen domain, refuses a taken one with 409 domain_taken and creates nothing', async () => {
    const { session } = await signedInReseller(t.app, t.db);
    const domain = `chosen-${unique()}.tenant`;
    expect(
      (await addCustomer(session, { name: 'Chosen', domain, admin: newAdmin() })).json(),
    ).toMatchObject({ domain });

    const again = await addCustomer(session, { name: 'Second', domain, admin: newAdmin() });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'domain_taken', field: 'domain' });
    expect(await t.db.prisma.tenant.count({ where: { name: 'Second' } })).toBe(0);
  });

  it.each([
    [
      'an upper-case domain',
      { name: 'X', domain: 'Acme.tenant', admin: { username: 'a', email: 'a@example.test' } },
    ],
    [
      'a one-label domain',
      { name: 'X', domain: 'acme', admin: { username: 'a', email: 'a@example.test' } },
    ],
    ['no name', { name: '', admin: { username: 'a', email: 'a@example.test' } }],
    ['a bad e-mail', { name: 'X', admin: { username: 'a', email: 'not-an-address' } }],
    ['no administrator', { name: 'X' }],
  ])('refuses %s with 400 validation_error', async (_, payload) => {
    const { session } = await signedInReseller(t.app, t.db);
    const answer = await addCustomer(session, payload);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toBe('validation_error');
  });

  it('is for reseller administrators only: 403 for reseller users and customer administrators', async () => {
    const { session: resellerUser } = await signedInReseller(t.app, t.db, 'user');
    expect((await addCustomer(resellerUser, { name: 'X', admin: newAdmin() })).statusCode).toBe(
      403,
    );
    const customer = await makeTenant(t.db);
    const made = await makeUser(t.db, { tenantId: customer.id, roles: ['admin'] });
    const customerAdmin = await loginAs(t.app, credentialsOf(made));
    expect((await addCustomer(customerAdmin, { name: 'X', admin: newAdmin() })).statusCode).toBe(
      403,
    );
  });

  it('audits the new customer and its administrator in the reseller’s log', async () => {
    const { reseller, user, session } = await signedInReseller(t.app, t.db);
    const customer = (await addCustomer(session, { name: 'Audited', admin: newAdmin() })).json();
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'tenant.created', tenantId: reseller.id },
    });
    expect(event).toMatchObject({
      actorUserId: user.id,
      details: { domain: customer.domain, name: 'Audited', kind: 'customer' },
    });
    expect(
      await t.db.prisma.auditEvent.count({
        where: { type: 'user.created', tenantId: customer.id },
      }),
    ).toBe(1);
  });

  describe('deactivate and activate', () => {
    async function customerWithSignedInUser() {
      const { reseller, user, session } = await signedInReseller(t.app, t.db);
      const customer = await makeTenant(t.db, { parentId: reseller.id, name: `Cust ${unique()}` });
      const made = await makeUser(t.db, { tenantId: customer.id, roles: ['user'] });
      const customerSession = await loginAs(t.app, credentialsOf(made));
      return { reseller, user, session, customer, made, customerSession };
    }

    it('signs nobody in, ends the customer’s sessions and sends the reseller back; activate undoes it', async () => {
      const { session, customer, made, customerSession } = await customerWithSignedInUser();
      const acting = await actIn(t.app, session, customer.id);

      const off = await setStatus(acting, customer.id, 'deactivated');
      expect(off.statusCode, off.body).toBe(200);
      expect(off.json()).toMatchObject({ id: customer.id, status: 'deactivated' });

      expect(
        (await t.app.inject({ url: '/api/me', headers: { cookie: customerSession } })).statusCode,
      ).toBe(401);
      const refused = await postLogin(t.app, credentialsOf(made));
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error).toBe('invalid_credentials');
      const users = await t.app.inject({ url: '/api/users', headers: { cookie: acting } });
      expect(users.json().error).toBe('customer_unavailable');

      const on = await setStatus(acting, customer.id, 'active');
      expect(on.json()).toMatchObject({ status: 'active' });
      expect((await postLogin(t.app, credentialsOf(made))).statusCode).toBe(200);
    });

    it('cannot be switched to while deactivated; the list shows the status', async () => {
      const { session, customer } = await customerWithSignedInUser();
      await setStatus(session, customer.id, 'deactivated');
      const switched = await t.app.inject({
        method: 'POST',
        url: '/api/session/tenant',
        headers: { cookie: session },
        payload: { tenantId: customer.id },
      });
      expect(switched.statusCode).toBe(404);
      const item = (await listCustomers(session))
        .json()
        .items.find((c: { id: string }) => c.id === customer.id);
      expect(item.status).toBe('deactivated');
    });

    it('answers 404 for another reseller’s customer and changes nothing', async () => {
      const { session } = await signedInReseller(t.app, t.db);
      const other = await makeReseller(t.db);
      const theirs = await makeTenant(t.db, { parentId: other.id });
      const answer = await setStatus(session, theirs.id, 'deactivated');
      expect(answer.statusCode).toBe(404);
      expect(
        (await t.db.prisma.tenant.findUniqueOrThrow({ where: { id: theirs.id } })).status,
      ).toBe('active');
    });

    it('audits each change once', async () => {
      const { reseller, session, customer } = await customerWithSignedInUser();
      await setStatus(session, customer.id, 'deactivated');
      await setStatus(session, customer.id, 'deactivated');
      await setStatus(session, customer.id, 'active');
      const types = (
        await t.db.prisma.auditEvent.findMany({
          where: {
            tenantId: reseller.id,
            type: { in: ['tenant.deactivated', 'tenant.activated'] },
          },
          orderBy: { createdAt: 'asc' },
        })
      ).map((e) => e.type);
      expect(types).toEqual(['tenant.deactivated', 'tenant.activated']);
    });
  });
});
