import { describe, expect, it } from 'vitest';
import {
  filtersFromSearchParams,
  hasFilters,
  isRangeReversed,
  toAuditQuery,
  withFilter,
  withoutFilters,
} from './audit-filters';

const USER_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('audit log filters', () => {
  it('reads the filters of a link', () => {
    const params = new URLSearchParams(
      `type=user.created&user=${USER_ID}&from=2026-03-01&to=2026-03-31`,
    );
    expect(filtersFromSearchParams(params)).toEqual({
      type: 'user.created',
      userId: USER_ID,
      from: '2026-03-01',
      to: '2026-03-31',
    });
  });

  it('leaves out what the API would refuse', () => {
    const params = new URLSearchParams(
      'type=user.hacked&user=1%20OR%201=1&from=2026-02-30&to=soon',
    );
    const filters = filtersFromSearchParams(params);
    expect(filters).toEqual({ type: null, userId: null, from: null, to: null });
    expect(hasFilters(filters)).toBe(false);
  });

  it('sets and removes one filter, keeping the others', () => {
    const params = new URLSearchParams('type=logout&from=2026-03-01');
    expect(withFilter(params, 'userId', USER_ID).toString()).toBe(
      `type=logout&from=2026-03-01&user=${USER_ID}`,
    );
    expect(withFilter(params, 'type', '').toString()).toBe('from=2026-03-01');
    expect(withoutFilters(new URLSearchParams('type=logout&tab=1')).toString()).toBe('tab=1');
    expect(params.toString()).toBe('type=logout&from=2026-03-01');
  });

  it('asks for whole local days, the last one included', () => {
    expect(
      toAuditQuery({ type: 'logout', userId: USER_ID, from: '2026-03-01', to: '2026-03-31' }),
    ).toEqual({
      type: 'logout',
      userId: USER_ID,
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 2, 31, 23, 59, 59, 999).toISOString(),
    });
    expect(toAuditQuery({ type: null, userId: null, from: null, to: null })).toEqual({});
  });

  it('notices an end day before the start day', () => {
    const range = { type: null, userId: null, from: '2026-03-02', to: '2026-03-01' };
    expect(isRangeReversed(range)).toBe(true);
    expect(isRangeReversed({ ...range, to: '2026-03-02' })).toBe(false);
    expect(isRangeReversed({ ...range, to: null })).toBe(false);
  });
});
