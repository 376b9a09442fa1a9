import { describe, expect, it } from 'vitest';
import { auditTypes } from '../../helpers/audit.js';
import { makeUser } from '../../helpers/factories.js';
import { credentialsOf, loginAs } from '../../helpers/login.js';
import { ageProof, reauthenticate } from '../../helpers/step-up.js';
import { useTestApp } from '../../helpers/test-app.js';

describe('PUT /api/account/email: one’s own e-mail address', () => {
  const t = useTestApp();
  const put = (session: string, email: string) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/account/email',
      headers: { cookie: session },
      payload: { email },
    });

  it('changes it in a session that proved its factors recently, and audits it', async () => {
    const made = await makeUser(t.db, { email: 'old@example.test' });
    const session = await loginAs(t.app, credentialsOf(made));
    const answer = await put(session, 'new@example.test');
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ email: 'new@example.test' });
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: made.user.id } });
    expect(user.email).toBe('new@example.test');
    expect(await auditTypes(t.db, made.user.id)).toContain('account.email_changed');
  });

  it('needs a step-up in an older session, then works', async () => {
    const made = await makeUser(t.db, { email: 'old@example.test' });
    const session = await loginAs(t.app, credentialsOf(made));
    await ageProof(t, made.user.id);
    expect((await put(session, 'thief@example.test')).json().error).toBe(
      'reauthentication_required',
    );
    await reauthenticate(t.app, session, { password: made.password as string });
    expect((await put(session, 'mine@example.test')).statusCode).toBe(200);
  });

  it('refuses what is not an address (400)', async () => {
    const made = await makeUser(t.db);
    const session = await loginAs(t.app, credentialsOf(made));
    expect((await put(session, 'not an address')).statusCode).toBe(400);
  });
});
