/**
 * Customers per page. Resellers may have thousands: the server pages (and sorts: most recently
 * used first), the SPA never loads them all.
 */
export const CUSTOMER_LIST_PAGE_SIZE = 25;

/** Wait this long after the last keystroke before searching: one request per pause, not per key. */
export const CUSTOMER_SEARCH_DEBOUNCE_MS = 250;

/** The longest search that GET /api/customers accepts (CustomerListQuery.search). */
export const CUSTOMER_SEARCH_MAX_LENGTH = 253;

/** The longest customer name and domain that POST /api/customers accepts (CreateCustomerBody). */
export const CUSTOMER_NAME_MAX_LENGTH = 200;
export const CUSTOMER_DOMAIN_MAX_LENGTH = 253;
export const ADMIN_EMAIL_MAX_LENGTH = 254;
export const ADMIN_NAME_MAX_LENGTH = 200;
