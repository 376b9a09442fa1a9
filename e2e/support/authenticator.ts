import { Secret, TOTP } from 'otpauth';

const PERIOD_MS = 30_000;
/**
 * How long a code may take from here to the server's check: typing, a sign-in's password hash
 * and an axe scan on a machine that runs two browsers. A code is handed out only if it stays
 * acceptable that long.
 */
const DEFAULT_VALID_FOR_MS = 8_000;

const stepAt = (timestampMs: number) => Math.floor(timestampMs / PERIOD_MS);

/**
 * What an authenticator app holds for one credential: the secret and the last step it used. The
 * server accepts a code for one step either side of its clock, and only for a step newer than the
 * last it accepted; so a credential no code has been used for offers the steps now-1, now and
 * now+1 at once, three codes without waiting. Same machine, same clock as the server.
 */
export class Authenticator {
  readonly secret: string;
  #lastStep: number | null;

  /** The secret as shown (groups of four) or as stored; `lastStep` null for an unused one. */
  constructor(secret: string, lastStep: number | null = null) {
    this.secret = secret.replace(/\s+/g, '');
    this.#lastStep = lastStep;
  }

  /**
   * The oldest code that the server accepts now and still `validForMs` from now, and newer than
   * any used before; counted as used. Waits only when now-1 to now+1 are all spent.
   */
  async nextCode({ validForMs = DEFAULT_VALID_FOR_MS } = {}): Promise<string> {
    // The newest acceptable step, now+1, is accepted for two steps at most.
    if (validForMs > 2 * PERIOD_MS) throw new RangeError('no code is valid that long');
    for (;;) {
      const now = Date.now();
      // Step s is accepted while the server's step is s-1, s or s+1: until (s + 2) * PERIOD_MS.
      const stillValid = stepAt(now + validForMs) - 1;
      const step = Math.max(stillValid, (this.#lastStep ?? Number.NEGATIVE_INFINITY) + 1);
      if (step <= stepAt(now) + 1) {
        this.#lastStep = step;
        return this.#codeAt(step);
      }
      // Step s becomes acceptable when the server's clock reaches step s-1.
      await new Promise((resolve) => setTimeout(resolve, (step - 1) * PERIOD_MS - now + 100));
    }
  }

  #codeAt(step: number): string {
    return TOTP.generate({
      secret: Secret.fromBase32(this.secret),
      algorithm: 'SHA1',
      digits: 6,
      period: PERIOD_MS / 1000,
      timestamp: step * PERIOD_MS,
    });
  }
}
