import { beforeAll, describe, expect, it } from 'vitest';
import { createPasswordHasher, type PasswordHasher } from './password-hasher.js';

// The production profile is slow on purpose (~50 ms a hash); a handful of calls is enough.
describe('password hasher', () => {
  let production: PasswordHasher;
  let fast: PasswordHasher;

  beforeAll(async () => {
    production = await createPasswordHasher({ fast: false });
    fast = await createPasswordHasher({ fast: true });
  });

  it('hashes with argon2id m=19456 KiB, t=2, p=1 in the production profile', async () => {
    const hash = await production.hash('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(hash).not.toContain('correct horse');
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([fast.hash('same password'), fast.hash('same password')]);
    expect(a).not.toBe(b);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await production.hash('correct horse battery staple');
    expect(await production.verify(hash, 'correct horse battery staple')).toBe(true);
    expect(await production.verify(hash, 'correct horse battery stapl')).toBe(false);
    expect(await production.verify(hash, 'Correct horse battery staple')).toBe(false);
    expect(await production.verify(hash, '')).toBe(false);
  });

  it('verifies a hash made with other parameters (the parameters are in the PHC string)', async () => {
    const hash = await fast.hash('pw from an older profile');
    expect(await production.verify(hash, 'pw from an older profile')).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['plain text', 'not a hash at all'],
    ['a bcrypt hash', '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'],
    ['a truncated argon2 hash', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ'],
    ['an argon2 hash with broken parameters', '$argon2id$v=19$m=x,t=y,p=z$c2FsdA$aGFzaA'],
  ])('answers false, without throwing, for a malformed stored hash: %s', async (_what, stored) => {
    await expect(production.verify(stored, 'anything')).resolves.toBe(false);
  });

  it('verifyDummy always answers false, also for the dummy password itself', async () => {
    await expect(production.verifyDummy('whatever')).resolves.toBe(false);
    await expect(production.verifyDummy('dummy password that never matches')).resolves.toBe(false);
  });

  it('verifyDummy takes about as long as a real verify (it does the same argon2 work)', async () => {
    const hash = await production.hash('pw');
    const time = async (fn: () => Promise<unknown>) => {
      const start = performance.now();
      await fn();
      return performance.now() - start;
    };
    // Warm up, then the fastest of three of each, which is least disturbed by other work.
    await production.verify(hash, 'x');
    await production.verifyDummy('x');
    const real: number[] = [];
    const dummy: number[] = [];
    for (let i = 0; i < 3; i++) {
      real.push(await time(() => production.verify(hash, 'wrong')));
      dummy.push(await time(() => production.verifyDummy('wrong')));
    }
    const ratio = Math.min(...dummy) / Math.min(...real);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('asks for a rehash of a fast-profile hash under the production profile, not the reverse case', async () => {
    const fastHash = await fast.hash('pw');
    const productionHash = await production.hash('pw');
    expect(production.needsRehash(fastHash)).toBe(true);
    expect(production.needsRehash(productionHash)).toBe(false);
    expect(fast.needsRehash(fastHash)).toBe(false);
    expect(fast.needsRehash(productionHash)).toBe(true);
  });

  it('asks for a rehash of anything that is not argon2id', () => {
    expect(production.needsRehash('$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA')).toBe(true);
    expect(
      production.needsRehash('$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy'),
    ).toBe(true);
    expect(production.needsRehash('')).toBe(true);
  });
});
