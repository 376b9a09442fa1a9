import { setImmediate as nextLoopTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { TurnQueue } from './turn-queue.js';

const deferred = () => {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
};

describe('TurnQueue', () => {
  it('runs one task at a time, in the order they were queued', async () => {
    const queue = new TurnQueue();
    const order: string[] = [];
    let running = 0;
    const task = (name: string) => async () => {
      running++;
      expect(running).toBe(1);
      order.push(`${name} start`);
      await nextLoopTurn();
      order.push(`${name} end`);
      running--;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((name) => queue.run(task(name))));
    expect(results).toEqual(['a', 'b', 'c', 'd']);
    expect(order).toEqual([
      'a start',
      'a end',
      'b start',
      'b end',
      'c start',
      'c end',
      'd start',
      'd end',
    ]);
  });

  it('puts a task that arrives while others wait behind them, never ahead', async () => {
    const queue = new TurnQueue();
    const order: string[] = [];
    const first = deferred();
    const running = queue.run(async () => {
      await first.promise;
      order.push('first');
    });
    const waiting = ['second', 'third'].map((name) => queue.run(async () => order.push(name)));
    // Arrives while "second" and "third" wait, and while the running task is about to finish.
    first.resolve();
    const late = queue.run(async () => order.push('late'));
    await Promise.all([running, ...waiting, late]);
    expect(order).toEqual(['first', 'second', 'third', 'late']);
  });

  it('lets the event loop turn between two tasks (I/O is polled, new work can queue)', async () => {
    const queue = new TurnQueue();
    const order: string[] = [];
    await Promise.all([
      queue.run(async () => {
        // Stands for a connection accepted, or a request read, in the next turn of the loop.
        setImmediate(() => order.push('event loop turned'));
        order.push('task 1');
      }),
      queue.run(async () => order.push('task 2')),
    ]);
    expect(order).toEqual(['task 1', 'event loop turned', 'task 2']);
  });

  it('passes a failure to its caller and goes on with the next task', async () => {
    const queue = new TurnQueue();
    const failed = queue.run(async () => {
      throw new Error('boom');
    });
    const next = queue.run(async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
    expect(queue.waiting).toBe(0);
  });
});
