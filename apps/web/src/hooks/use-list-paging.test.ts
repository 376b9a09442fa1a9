import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useListPaging } from './use-list-paging';

describe('useListPaging', () => {
  it('walks forward by cursor and back through the pages seen, counting the rows before', () => {
    const { result } = renderHook(() => useListPaging(''));
    expect(result.current).toMatchObject({ cursor: undefined, offset: 0, hasPrevious: false });
    act(() => result.current.next('after-25', 25));
    act(() => result.current.next('after-50', 25));
    expect(result.current).toMatchObject({ cursor: 'after-50', offset: 50, hasPrevious: true });
    act(() => result.current.previous());
    expect(result.current).toMatchObject({ cursor: 'after-25', offset: 25, hasPrevious: true });
    act(() => result.current.previous());
    act(() => result.current.previous());
    expect(result.current).toMatchObject({ cursor: undefined, offset: 0, hasPrevious: false });
  });

  it('goes back to the first page, and forgets the total, when the search changes', () => {
    const { result, rerender } = renderHook(({ search }) => useListPaging(search), {
      initialProps: { search: '' },
    });
    act(() => result.current.rememberTotal(120));
    act(() => result.current.next('after-50', 50));
    expect(result.current).toMatchObject({ offset: 50, knownTotal: 120 });
    rerender({ search: 'acme' });
    expect(result.current).toMatchObject({
      cursor: undefined,
      offset: 0,
      hasPrevious: false,
      knownTotal: null,
    });
  });
});
