import { describe, expect, it } from 'vitest';
import { touchIntervalMs } from './session-idle.js';

describe('touchIntervalMs', () => {
  it('is a tenth of the idle timeout, so that the idle end keeps within 10 %', () => {
    // 60 s is the shortest idle timeout config.ts allows.
    expect(touchIntervalMs(60)).toBe(6_000);
    expect(touchIntervalMs(61)).toBe(6_100);
    expect(touchIntervalMs(300)).toBe(30_000);
  });

  it('is a minute at most, so that long timeouts write rarely', () => {
    expect(touchIntervalMs(600)).toBe(60_000);
    expect(touchIntervalMs(1800)).toBe(60_000);
    expect(touchIntervalMs(43_200)).toBe(60_000);
  });
});
