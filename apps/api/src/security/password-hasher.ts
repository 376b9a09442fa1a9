import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the OWASP-recommended parameters (m=19 MiB, t=2, p=1). The fast profile exists
 * only so test suites can create many users; config refuses it in production.
 */
const PRODUCTION_PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const FAST_TEST_PARAMS = { memoryCost: 1_024, timeCost: 1, parallelism: 1 } as const;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /**
   * The same work as a real verify against nothing, so that an unknown account takes as long
   * as a wrong password and timing does not tell them apart.
   */
  verifyDummy(password: string): Promise<false>;
  /** Whether a stored hash was made with other parameters and should be replaced on sign-in. */
  needsRehash(passwordHash: string): boolean;
}

export async function createPasswordHasher(options: { fast: boolean }): Promise<PasswordHasher> {
  // 2 is Algorithm.Argon2id (an ambient const enum, which isolated modules cannot import).
  const params = { algorithm: 2, ...(options.fast ? FAST_TEST_PARAMS : PRODUCTION_PARAMS) };
  const paramString = `m=${params.memoryCost},t=${params.timeCost},p=${params.parallelism}`;
  const dummyHash = await hash('dummy password that never matches', params);

  return {
    hash: (password) => hash(password, params),
    async verify(passwordHash, password) {
      try {
        return await verify(passwordHash, password);
      } catch {
        return false; // a malformed stored hash never matches
      }
    },
    async verifyDummy(password) {
      await verify(dummyHash, password).catch(() => false);
      return false;
    },
    needsRehash: (passwordHash) =>
      !passwordHash.startsWith('$argon2id$') || !passwordHash.includes(`$${paramString}$`),
  };
}
