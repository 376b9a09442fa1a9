import { describe, expect, it } from 'vitest';
import {
  graceDeadlineFromInput,
  isGraceOver,
  parseGraceInputValue,
  toGraceInputValue,
} from './grace-deadline';

const NOW = new Date(2026, 2, 31, 12, 0).getTime();

describe('grace deadline', () => {
  it('reads and writes local date and time, both ways', () => {
    const local = new Date(2026, 3, 30, 18, 5);
    expect(toGraceInputValue(local.toISOString())).toBe('2026-04-30T18:05');
    expect(parseGraceInputValue('2026-04-30T18:05')).toEqual(local);
    expect(parseGraceInputValue('2026-04-30T18:05:30')).toEqual(new Date(2026, 3, 30, 18, 5, 30));
    expect(toGraceInputValue(null)).toBe('');
  });

  it('refuses what is not a date and time', () => {
    for (const value of ['2026-02-30T10:00', '2026-04-30T24:00', '2026-04-30', 'tomorrow']) {
      expect(parseGraceInputValue(value), value).toBeNull();
    }
  });

  it('sends none for an empty field, the instant for a future one, and refuses others', () => {
    expect(graceDeadlineFromInput(' ', NOW)).toEqual({ ok: true, deadline: null });
    expect(graceDeadlineFromInput('2026-04-01T08:00', NOW)).toEqual({
      ok: true,
      deadline: new Date(2026, 3, 1, 8, 0).toISOString(),
    });
    expect(graceDeadlineFromInput('2026-03-31T12:00', NOW)).toEqual({ ok: false, problem: 'past' });
    expect(graceDeadlineFromInput('2026-13-01T12:00', NOW)).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });

  it('knows when a grace period is over', () => {
    expect(isGraceOver(null, NOW)).toBe(false);
    expect(isGraceOver(new Date(NOW).toISOString(), NOW)).toBe(true);
    expect(isGraceOver(new Date(NOW + 1).toISOString(), NOW)).toBe(false);
  });
});
