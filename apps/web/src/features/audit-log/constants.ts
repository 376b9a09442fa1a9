/** Events per page; Next fetches the page of older ones. */
export const AUDIT_PAGE_SIZE = 50;

/**
 * The users offered by the user filter: the most GET /api/users gives in one page. Tenants with
 * more users are beyond what a select serves well; a search field would replace it then.
 */
export const USER_FILTER_LIMIT = 200;
