import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { PasswordHasher } from '../../security/password-hasher.js';

export interface Passwords extends PasswordHasher {
  /**
   * Checks a user's current password (re-authentication for sensitive changes). An account
   * without a password costs the same dummy verification, so timing tells nothing.
   */
  verifyOf(userId: string, password: string): Promise<boolean>;
}

declare module 'fastify' {
  interface FastifyInstance {
    passwords: Passwords;
  }
}

async function passwords(app: FastifyInstance, options: { hasher: PasswordHasher }) {
  const { hasher } = options;
  app.decorate<Passwords>('passwords', {
    ...bound(hasher),
    async verifyOf(userId, password) {
      const user = await app.db.prisma.user.findUnique({
        where: { id: userId },
        select: { passwordHash: true },
      });
      return user?.passwordHash
        ? hasher.verify(user.passwordHash, password)
        : hasher.verifyDummy(password);
    },
  });
}

function bound(hasher: PasswordHasher): PasswordHasher {
  return {
    hash: (password) => hasher.hash(password),
    verify: (hash, password) => hasher.verify(hash, password),
    verifyDummy: (password) => hasher.verifyDummy(password),
    needsRehash: (hash) => hasher.needsRehash(hash),
  };
}

export default fp(passwords, { name: 'passwords', dependencies: ['database'] });
