import { useCallback, useEffect, useState } from 'react';

/** Where a page of a keyset-paged list starts: the server's cursor and the rows before it. */
interface PageStart {
  /** Undefined for the first page. */
  cursor: string | undefined;
  /** How many rows the pages before hold, for "51–100 of 120". */
  offset: number;
}

const FIRST_PAGE: PageStart = { cursor: undefined, offset: 0 };

interface PagingState {
  search: string;
  /** The pages walked through with Next: Previous goes back to the one before. */
  pages: PageStart[];
  /** The total counted with the first page (later pages do not count it again). */
  total: number | null;
}

/**
 * The page of a server-paged list (keyset: each page continues at the cursor the page before it
 * gave), back at the first page whenever the search changes (derived while rendering, so no
 * request for the old page of a new search goes out).
 */
export function useListPaging(search: string) {
  const [state, setState] = useState<PagingState>({ search, pages: [FIRST_PAGE], total: null });
  const current: PagingState =
    state.search === search ? state : { search, pages: [FIRST_PAGE], total: null };
  const page = current.pages.at(-1) ?? FIRST_PAGE;
  const mine = useCallback(
    (s: PagingState): PagingState =>
      s.search === search ? s : { search, pages: [FIRST_PAGE], total: null },
    [search],
  );
  const next = useCallback(
    (cursor: string, shown: number) =>
      setState((s) => {
        const at = mine(s);
        const last = at.pages.at(-1) ?? FIRST_PAGE;
        return { ...at, pages: [...at.pages, { cursor, offset: last.offset + shown }] };
      }),
    [mine],
  );
  const previous = useCallback(
    () =>
      setState((s) => {
        const at = mine(s);
        return at.pages.length > 1 ? { ...at, pages: at.pages.slice(0, -1) } : at;
      }),
    [mine],
  );
  const rememberTotal = useCallback(
    (total: number) =>
      setState((s) => {
        const at = mine(s);
        return at.total === total ? s : { ...at, total };
      }),
    [mine],
  );
  return {
    cursor: page.cursor,
    offset: page.offset,
    hasPrevious: current.pages.length > 1,
    knownTotal: current.total,
    next,
    previous,
    rememberTotal,
  };
}

export type ListPaging = ReturnType<typeof useListPaging>;

/**
 * What the pager shows of a page: its total is the one counted with the first page (remembered
 * here), and a page that became empty (rows deleted, also by someone else) steps back to the
 * page before it instead of showing nothing.
 */
export function usePageOfList(
  page: { items: readonly unknown[]; total: number | null } | undefined,
  paging: ListPaging,
): number | null {
  const counted = page?.total ?? null;
  const { rememberTotal, previous, hasPrevious } = paging;
  useEffect(() => {
    if (counted !== null) rememberTotal(counted);
  }, [counted, rememberTotal]);
  const pastEnd = page !== undefined && page.items.length === 0 && hasPrevious;
  useEffect(() => {
    if (pastEnd) previous();
  }, [pastEnd, previous]);
  return counted ?? paging.knownTotal;
}
