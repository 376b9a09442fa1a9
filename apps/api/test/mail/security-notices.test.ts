import type { Language } from '@portal/shared';
import type { ParsedMail } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { signedIn } from '../api/users/manage-helpers.js';
import { makeTenant, makeUser } from '../helpers/factories.js';
import { credentialsOf, loginAs, postLogin } from '../helpers/login.js';
import { flushMail, forgot, latestToken, TEST_PUBLIC_URL } from '../helpers/password-reset.js';
import { receivedBy, startSmtpServer } from '../helpers/smtp-server.js';
import { useTestApp } from '../helpers/test-app.js';
import { codeFor, cookiesOf, passwordStep, post } from '../helpers/two-factor.js';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());

/** Safari 17 on macOS, as the notices summarise it. */
const SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';
const NBSP = '\u00a0';

/** What a German and a French user must read; written out here, not taken from the catalogue. */
const EXPECTED = {
  de: {
    reset: 'Passwort zurücksetzen',
    accountCreated: 'Ihr neues Konto im Unified Security Portal',
    resetIgnore: 'ignorieren Sie diese E-Mail',
    resetByAdministrator: 'die Administration Ihres Mandanten hat für Ihr Konto',
    activated: 'Zwei-Faktor-Authentifizierung aktiviert',
    replaced: 'Ihre Authenticator-App wurde ersetzt',
    disabled: 'Zwei-Faktor-Authentifizierung deaktiviert',
    resetByAdmin: 'Ihre Administration hat die Zwei-Faktor-Authentifizierung zurückgesetzt',
    administratorDid: 'die Administration Ihres Mandanten hat die Zwei-Faktor-Authentifizierung',
    passwordChanged: 'Ihr Passwort wurde geändert',
    passwordReset: 'Ihr Passwort wurde zurückgesetzt',
    emailChanged: 'Ihre E-Mail-Adresse wurde geändert',
    recoveryCode: 'Ein Wiederherstellungscode wurde verwendet',
    codesLeft: 'Sie haben noch 9 Wiederherstellungscodes.',
    locked: 'Anmeldung an Ihrem Konto gesperrt',
    lockedFor: 'für 1 Minute gesperrt',
    when: 'Zeitpunkt: ',
    ip: 'IP-Adresse: 127.0.0.1',
    browser: 'Browser: Safari 17 unter macOS',
    unknownBrowser: 'Browser: unbekannt',
    notYou: 'Falls Sie das nicht waren',
    signIn: 'Anmelden',
  },
  fr: {
    reset: 'Réinitialisation de votre mot de passe',
    accountCreated: 'Votre nouveau compte Unified Security Portal',
    resetIgnore: 'ignorez cet e-mail',
    resetByAdministrator: 'Un administrateur de votre locataire a demandé',
    activated: 'L’authentification à deux facteurs a été activée',
    replaced: 'Votre application d’authentification a été remplacée',
    disabled: 'L’authentification à deux facteurs a été désactivée',
    resetByAdmin: 'Un administrateur a réinitialisé votre authentification à deux facteurs',
    administratorDid: 'Un administrateur de votre locataire a réinitialisé',
    passwordChanged: 'Votre mot de passe a été modifié',
    passwordReset: 'Votre mot de passe a été réinitialisé',
    emailChanged: 'Votre adresse e-mail a été modifiée',
    recoveryCode: 'Un code de récupération a été utilisé',
    codesLeft: 'Il vous reste 9 codes de récupération.',
    locked: 'La connexion à votre compte a été bloquée',
    lockedFor: 'est bloqué pendant 1 minute',
    when: `Date${NBSP}: `,
    ip: `Adresse IP${NBSP}: 127.0.0.1`,
    browser: `Navigateur${NBSP}: Safari 17 sous macOS`,
    unknownBrowser: `Navigateur${NBSP}: inconnu`,
    notYou: 'Si vous n’êtes pas à l’origine',
    signIn: 'Se connecter',
  },
} as const satisfies Record<Exclude<Language, 'en'>, Record<string, string>>;

describe.each(['de', 'fr'] as const)('mails to a user whose language is %s', (language) => {
  const t = useTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: TEST_PUBLIC_URL } });
  const expected = EXPECTED[language];

  /** A signed-in user of the language, with an address of their own. */
  async function aUser(options: { roles?: ('admin' | 'user')[]; tenantId?: string } = {}) {
    const email = `${language}-${Math.random().toString(36).slice(2)}@example.test`;
    const made = await makeUser(t.db, { ...options, email, language });
    const credentials = credentialsOf(made);
    const mails = async () => {
      await flushMail(t.app);
      return receivedBy(smtp, email);
    };
    return { ...made, email, credentials, mails };
  }

  /** A request from Safari on a Mac, with the session's cookie. */
  const fromSafari = (method: 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie, 'user-agent': SAFARI }, payload });

  /** The one mail with this subject: the notice's facts and advice, in the language. */
  function notice(mails: ParsedMail[], subject: string, browser: string = expected.browser) {
    const found = mails.filter((mail) => mail.subject === subject);
    expect(found.map((mail) => mail.subject)).toEqual([subject]);
    const text = found[0]?.text ?? '';
    expect(text).toContain(expected.when);
    expect(text).toMatch(/UTC/);
    expect(text).toContain(expected.ip);
    expect(text).toContain(browser);
    expect(found[0]?.html).toContain(`lang="${language}"`);
    return text;
  }

  it('takes the language from the sign-in and writes the reset mail in it', async () => {
    const made = await makeUser(t.db, { email: `s-${language}@example.test` });
    const login = await postLogin(t.app, { ...credentialsOf(made), language });
    expect(login.statusCode, login.body).toBe(200);
    const me = await t.app.inject({ url: '/api/me', headers: { cookie: cookiesOf(login) } });
    expect(me.json().user.language).toBe(language);

    await forgot(t.app, { tenantDomain: made.tenant.domain, username: made.user.username });
    await flushMail(t.app);
    const [mail] = receivedBy(smtp, `s-${language}@example.test`);
    expect(mail?.subject).toBe(expected.reset);
    expect(mail?.text).toContain(expected.resetIgnore);
  });

  it('keeps a language chosen under Account (PUT /api/account/language) for the mails', async () => {
    const made = await makeUser(t.db, { email: `a-${language}@example.test` });
    const session = await loginAs(t.app, credentialsOf(made));
    const put = (body: object) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/account/language',
        headers: { cookie: session },
        payload: body,
      });
    expect((await put({ language })).statusCode).toBe(204);
    expect((await put({ language: 'es' })).json().error).toBe('validation_error');
    await forgot(t.app, { tenantDomain: made.tenant.domain, username: made.user.username });
    await flushMail(t.app);
    expect(receivedBy(smtp, `a-${language}@example.test`)[0]?.subject).toBe(expected.reset);
  });

  it('says that an administrator asked for the reset link, and does not say "ignore it"', async () => {
    const tenant = await makeTenant(t.db);
    const user = await aUser({ tenantId: tenant.id });
    const admin = await signedIn(t.app, t.db, { tenantId: tenant.id });
    expect((await admin.api.passwordReset(user.user.id)).statusCode).toBe(202);
    const [mail] = await user.mails();
    expect(mail?.subject).toBe(expected.reset);
    expect(mail?.text).toContain(expected.resetByAdministrator);
    expect(mail?.text).not.toContain(expected.resetIgnore);
    expect(mail?.text).toContain(`${TEST_PUBLIC_URL}/password/reset#token=`);
  });

  it('writes the account-created mail in the language of the administrator who made it', async () => {
    const admin = await signedIn(t.app, t.db);
    await t.db.prisma.user.update({ where: { id: admin.user.id }, data: { language } });
    const email = `created-${language}-${Math.random().toString(36).slice(2)}@example.test`;
    const created = await admin.api.create({ username: 'newcomer', email, role: 'user' });
    expect(created.statusCode, created.body).toBe(201);
    await flushMail(t.app);
    const [mail] = receivedBy(smtp, email);
    expect(mail?.subject).toBe(expected.accountCreated);
    expect(mail?.html).toContain(`lang="${language}"`);
  });

  it('tells of 2FA activated, replaced, a recovery code used (with the count) and 2FA off', async () => {
    const user = await aUser();
    const session = await loginAs(t.app, user.credentials);
    const enroll = async () => {
      const { secret } = (await fromSafari('POST', '/api/auth/totp/enrollment', session)).json();
      const confirm = await fromSafari('POST', '/api/auth/totp/enrollment/confirm', session, {
        code: codeFor(secret),
      });
      expect(confirm.statusCode, confirm.body).toBe(200);
      return confirm.json().recoveryCodes as string[];
    };
    await enroll();
    expect(notice(await user.mails(), expected.activated)).toContain(expected.notYou);
    const [recoveryCode] = await enroll();
    notice(await user.mails(), expected.replaced);

    const { cookie: pending } = await passwordStep(t.app, user.credentials);
    const signIn = await post(t.app, '/api/auth/recovery-code', pending, { code: recoveryCode });
    expect(signIn.statusCode, signIn.body).toBe(200);
    const used = notice(await user.mails(), expected.recoveryCode, expected.unknownBrowser);
    expect(used).toContain(expected.codesLeft);

    const off = await fromSafari('POST', '/api/account/two-factor/disable', cookiesOf(signIn));
    expect(off.statusCode, off.body).toBe(204);
    notice(await user.mails(), expected.disabled);
  });

  it('tells that an administrator reset 2FA, naming the administrator', async () => {
    const tenant = await makeTenant(t.db);
    const user = await aUser({ tenantId: tenant.id });
    const session = await loginAs(t.app, user.credentials);
    const { secret } = (await post(t.app, '/api/auth/totp/enrollment', session)).json();
    await post(t.app, '/api/auth/totp/enrollment/confirm', session, { code: codeFor(secret) });
    const admin = await signedIn(t.app, t.db, { tenantId: tenant.id });
    expect((await admin.api.twoFactorReset(user.user.id)).statusCode).toBe(204);
    const text = notice(await user.mails(), expected.resetByAdmin, expected.unknownBrowser);
    expect(text).toContain(expected.administratorDid);
  });

  it('tells of a password changed under Account, and of one reset with a link', async () => {
    const user = await aUser();
    const session = await loginAs(t.app, user.credentials);
    const newPassword = 'a brand new passphrase 2026';
    const change = await fromSafari('POST', '/api/account/password', session, {
      currentPassword: user.credentials.password,
      newPassword,
    });
    expect(change.statusCode, change.body).toBe(204);
    const changed = notice(await user.mails(), expected.passwordChanged);
    expect(changed).toContain(expected.notYou);
    expect(changed).toContain(`${TEST_PUBLIC_URL}/tenant/${user.tenant.domain}/login`);
    expect(changed).toContain(expected.signIn);

    await forgot(t.app, { tenantDomain: user.tenant.domain, username: user.user.username });
    await flushMail(t.app);
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password/reset',
      headers: { 'user-agent': SAFARI },
      payload: { token: latestToken(smtp, user.email), password: 'yet another passphrase 2026' },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    notice(await user.mails(), expected.passwordReset);
  });

  it('tells the old and the new address of an e-mail change', async () => {
    const user = await aUser();
    const session = await loginAs(t.app, user.credentials);
    const newEmail = `new-${user.email}`;
    const change = await fromSafari('PUT', '/api/account/email', session, { email: newEmail });
    expect(change.statusCode, change.body).toBe(200);
    const toOld = notice(await user.mails(), expected.emailChanged);
    expect(toOld).toContain(newEmail);
    expect(receivedBy(smtp, newEmail).map((mail) => mail.subject)).toEqual([expected.emailChanged]);
  });

  it('tells the old and the new address when an administrator changes the e-mail', async () => {
    const tenant = await makeTenant(t.db);
    const user = await aUser({ tenantId: tenant.id });
    const admin = await signedIn(t.app, t.db, { tenantId: tenant.id });
    const newEmail = `by-admin-${user.email}`;
    const change = await admin.api.update(user.user.id, { email: newEmail });
    expect(change.statusCode, change.body).toBe(200);
    const toOld = notice(await user.mails(), expected.emailChanged, expected.unknownBrowser);
    expect(toOld).toContain(newEmail);
    expect(receivedBy(smtp, newEmail).map((mail) => mail.subject)).toEqual([expected.emailChanged]);
  });

  it('tells of a lockout once an hour, however often the account is locked', async () => {
    const user = await aUser();
    const wrong = () => postLogin(t.app, { ...user.credentials, password: 'not the password' });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await wrong()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const text = notice(await user.mails(), expected.locked, expected.unknownBrowser);
    expect(text).toContain(expected.lockedFor);

    const endLock = () =>
      t.db.prisma.$executeRaw`UPDATE login_lockouts SET locked_until = now() - interval '1 second'`;
    await endLock();
    expect((await wrong()).statusCode).toBe(429);
    expect((await user.mails()).filter((m) => m.subject === expected.locked)).toHaveLength(1);

    // An hour later the next lock is told again.
    await t.db.prisma.user.update({
      where: { id: user.user.id },
      data: { lockNoticeSentAt: new Date(Date.now() - 61 * 60_000) },
    });
    await endLock();
    expect((await wrong()).statusCode).toBe(429);
    expect((await user.mails()).filter((m) => m.subject === expected.locked)).toHaveLength(2);
  });
});
