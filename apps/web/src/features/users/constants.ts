/** Users per request; the list shows "Showing N of total" until paging controls arrive. */
export const USER_LIST_PAGE_SIZE = 50;

/** Wait this long after the last keystroke before searching: one request per pause, not per key. */
export const USER_SEARCH_DEBOUNCE_MS = 250;

/** The longest search that GET /api/users accepts (UserListQuery.search). */
export const USER_SEARCH_MAX_LENGTH = 128;
