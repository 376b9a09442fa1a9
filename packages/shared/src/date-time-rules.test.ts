import { describe, expect, it } from 'vitest';
import { isRepresentableDateTime, parseDateTime } from './date-time-rules.js';

describe('date-times a request may carry', () => {
  it.each([
    '2026-12-03T13:00:00Z',
    '2026-12-03T13:00:00.123456Z',
    '2024-02-29T00:00:00+01:00',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999Z',
  ])('takes %s', (value) => {
    expect(isRepresentableDateTime(value)).toBe(true);
  });

  it.each([
    ['a leap second', '2016-12-31T23:59:60Z'],
    ['year 0000', '0000-01-01T00:00:00Z'],
    ['year 0000 once in UTC', '0001-01-01T00:30:00+01:00'],
    ['year 10000', '+010000-01-01T00:00:00Z'],
    ['year 10000 once in UTC', '9999-12-31T23:30:00-01:00'],
    ['30 February', '2026-02-30T00:00:00Z'],
    ['29 February of a common year', '2100-02-29T00:00:00Z'],
    ['hour 24', '2026-01-01T24:00:00Z'],
    ['no time zone', '2026-01-01T00:00:00'],
    ['a date alone', '2026-01-01'],
  ])('refuses %s', (_, value) => {
    expect(isRepresentableDateTime(value)).toBe(false);
  });

  it('reads the offset', () => {
    expect(parseDateTime('2026-01-01T01:00:00+01:00')?.toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(parseDateTime('0050-06-01T12:00:00Z')?.getUTCFullYear()).toBe(50);
  });
});
