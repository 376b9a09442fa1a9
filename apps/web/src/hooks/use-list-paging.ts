import { useCallback, useEffect, useState } from 'react';

/**
 * The offset of a server-paged list, back at the first page whenever the search changes (derived
 * while rendering, so no request for the old page of a new search goes out).
 */
export function useListPaging(search: string) {
  const [state, setState] = useState({ search, offset: 0 });
  const offset = state.search === search ? state.offset : 0;
  const setOffset = useCallback(
    (next: number) => {
      const offset = Math.max(0, next);
      setState((current) =>
        current.search === search && current.offset === offset ? current : { search, offset },
      );
    },
    [search],
  );
  return { offset, setOffset };
}

/** The offset of the last page that has rows: where to go when a page became empty. */
export function lastPageOffset(total: number, pageSize: number): number {
  return Math.max(0, Math.floor((total - 1) / pageSize) * pageSize);
}

/**
 * Rows went away (deleted, or by someone else) and the page shown is now past the end: step
 * back to the last page that has rows instead of showing an empty page.
 */
export function useStepBackWhenPastEnd(
  page: { items: readonly unknown[]; total: number } | undefined,
  offset: number,
  pageSize: number,
  setOffset: (offset: number) => void,
) {
  const pastEnd = page !== undefined && page.items.length === 0 && offset > 0;
  const target = page ? lastPageOffset(page.total, pageSize) : 0;
  useEffect(() => {
    if (pastEnd) setOffset(target);
  }, [pastEnd, target, setOffset]);
}
