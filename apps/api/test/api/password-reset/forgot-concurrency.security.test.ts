import { describe, expect, it } from 'vitest';
import { RESETS_PER_ACCOUNT_PER_HOUR } from '../../../src/plugins/app/password-reset/forgot.js';
import { makeUser } from '../../helpers/factories.js';
import { forgot } from '../../helpers/password-reset.js';
import { useTestApp } from '../../helpers/test-app.js';

describe('the per-account limit of reset mails under parallel requests', () => {
  const t = useTestApp();

  it.each([8, 16])(
    'issues exactly the limit when %i requests for one account arrive at once',
    async (parallel) => {
      const email = `u-${parallel}-${Date.now()}@example.test`;
      const { tenant, user } = await makeUser(t.db, { email });
      const body = { tenantDomain: tenant.domain, username: user.username };

      const answers = await Promise.all(
        Array.from({ length: parallel }, () => forgot(t.app, body)),
      );
      expect(answers.map((answer) => answer.statusCode)).toEqual(Array(parallel).fill(202));
      await t.app.background.idle();

      const mails = await t.db.prisma.outboxMail.count({ where: { to: email } });
      const tokens = await t.db.prisma.passwordResetToken.count({ where: { userId: user.id } });
      expect({ mails, tokens }).toEqual({
        mails: RESETS_PER_ACCOUNT_PER_HOUR,
        tokens: RESETS_PER_ACCOUNT_PER_HOUR,
      });
      const refused = await t.db.prisma.auditEvent.count({
        where: { subjectUserId: user.id, type: 'password.reset_refused' },
      });
      expect(refused).toBe(parallel - RESETS_PER_ACCOUNT_PER_HOUR);
    },
  );
});
