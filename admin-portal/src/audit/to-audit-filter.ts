import type { AuditFilter } from './audit-log.operations';
import type { AuditFilterValues } from './audit-filters';

/** Start of a local date in the browser's time zone, as an ISO instant. */
function startOfLocalDay(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

/**
 * Turn the filter form into the API's filter. `to` is exclusive in the API, so the end date becomes
 * the start of the following day and the whole end day is included.
 */
export function toAuditFilter(values: AuditFilterValues): AuditFilter {
  const filter: AuditFilter = {};
  if (values.action !== '') filter.action = [values.action];
  if (values.actorId !== '') filter.actorId = values.actorId;
  if (values.targetType !== '') filter.targetType = values.targetType;
  if (values.fromDate !== '') filter.from = startOfLocalDay(values.fromDate);
  if (values.toDate !== '') {
    const next = new Date(`${values.toDate}T00:00:00`);
    next.setDate(next.getDate() + 1);
    filter.to = next.toISOString();
  }

  return filter;
}
