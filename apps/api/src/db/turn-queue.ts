import { setImmediate as nextLoopTurn } from 'node:timers/promises';

/**
 * Runs tasks one at a time, in the order they were queued, with a turn of the event loop between
 * two tasks.
 *
 * Why the turn: PGlite runs each statement synchronously on the main thread. Chained by promises
 * alone (as PGlite's own mutex does), a backlog of statements runs back to back in one go, and the
 * event loop polls for I/O only after the last; libuv accepts one new connection per poll (since
 * libuv 1.45), so under load connections already open were served round after round while new ones
 * waited in the kernel's accept queue for tens of seconds. With a turn between statements, every
 * poll accepts and reads, and a request's statement joins the queue behind those that arrived
 * before it.
 */
export class TurnQueue {
  readonly #waiting: Array<() => void> = [];
  #running = false;

  /** How many tasks wait for their turn (the running one not counted). */
  get waiting(): number {
    return this.#waiting.length;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push(() => {
        task()
          .then(resolve, reject)
          .finally(() => this.#yieldThenNext());
      });
      if (!this.#running) this.#startNext();
    });
  }

  #startNext() {
    const next = this.#waiting.shift();
    this.#running = next !== undefined;
    next?.();
  }

  async #yieldThenNext() {
    await nextLoopTurn();
    this.#startNext();
  }
}
