import { AUDIT_EVENT_TYPES, type AuditEventQuery, type AuditEventType } from '@portal/shared';

/**
 * The audit log's filters as the page's URL carries them (?type=…&user=…&from=…&to=…), so that a
 * filtered view can be bookmarked and shared. Dates are calendar days in the viewer's time zone.
 */
export type AuditFilters = {
  type: AuditEventType | null;
  userId: string | null;
  /** YYYY-MM-DD, the first day shown. */
  from: string | null;
  /** YYYY-MM-DD, the last day shown (included). */
  to: string | null;
};

export type AuditFilterName = keyof AuditFilters;

/** The URL parameter of each filter. */
export const FILTER_PARAMS: Record<AuditFilterName, string> = {
  type: 'type',
  userId: 'user',
  from: 'from',
  to: 'to',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The filters of a URL; a value the API would refuse (a hand-edited link) is left out. */
export function filtersFromSearchParams(params: URLSearchParams): AuditFilters {
  const type = params.get(FILTER_PARAMS.type);
  const userId = params.get(FILTER_PARAMS.userId);
  const from = params.get(FILTER_PARAMS.from);
  const to = params.get(FILTER_PARAMS.to);
  return {
    type: type !== null && isAuditEventType(type) ? type : null,
    userId: userId !== null && UUID.test(userId) ? userId : null,
    from: from !== null && parseDay(from) ? from : null,
    to: to !== null && parseDay(to) ? to : null,
  };
}

/** The URL parameters with one filter set to `value`, or removed for ''. Others are kept. */
export function withFilter(
  params: URLSearchParams,
  name: AuditFilterName,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === '') next.delete(FILTER_PARAMS[name]);
  else next.set(FILTER_PARAMS[name], value);
  return next;
}

/** The URL parameters without any filter (others, if any, are kept). */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const param of Object.values(FILTER_PARAMS)) next.delete(param);
  return next;
}

export function hasFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

/** An end day before the start day matches nothing: the page says so instead of asking. */
export function isRangeReversed({ from, to }: AuditFilters): boolean {
  return from !== null && to !== null && to < from;
}

/** What GET /api/audit-events is asked: the days become instants from 00:00 to 23:59:59.999. */
export function toAuditQuery(filters: AuditFilters): Omit<AuditEventQuery, 'cursor' | 'limit'> {
  const query: Omit<AuditEventQuery, 'cursor' | 'limit'> = {};
  if (filters.type) query.type = filters.type;
  if (filters.userId) query.userId = filters.userId;
  const from = filters.from ? parseDay(filters.from) : null;
  if (from) query.from = from.toISOString();
  const to = filters.to ? parseDay(filters.to) : null;
  if (to) {
    const dayAfter = new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1);
    query.to = new Date(dayAfter.getTime() - 1).toISOString();
  }
  return query;
}

/** Local midnight of a YYYY-MM-DD day; null when it is no calendar day (2026-02-30). */
function parseDay(value: string): Date | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const [year = 0, month = 1, day = 1] = match.slice(1).map(Number);
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

function isAuditEventType(value: string): value is AuditEventType {
  return (AUDIT_EVENT_TYPES as readonly string[]).includes(value);
}
