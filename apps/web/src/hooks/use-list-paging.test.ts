import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lastPageOffset, useListPaging } from './use-list-paging';

describe('lastPageOffset', () => {
  it('is the offset of the last page that has rows', () => {
    expect(lastPageOffset(0, 25)).toBe(0);
    expect(lastPageOffset(1, 25)).toBe(0);
    expect(lastPageOffset(25, 25)).toBe(0);
    expect(lastPageOffset(26, 25)).toBe(25);
    expect(lastPageOffset(1000, 25)).toBe(975);
  });
});

describe('useListPaging', () => {
  it('goes back to the first page when the search changes, and never below 0', () => {
    const { result, rerender } = renderHook(({ search }) => useListPaging(search), {
      initialProps: { search: '' },
    });
    act(() => result.current.setOffset(50));
    expect(result.current.offset).toBe(50);
    rerender({ search: 'acme' });
    expect(result.current.offset).toBe(0);
    act(() => result.current.setOffset(-25));
    expect(result.current.offset).toBe(0);
  });
});
