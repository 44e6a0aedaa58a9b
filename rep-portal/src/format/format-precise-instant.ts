const preciseFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Format an ISO 8601 instant like portal-kit's `formatInstant`, with seconds, in `timeZone` or else the
 * browser's zone. Stage changes and SLA events often happen within the same minute, and the seconds
 * show their order.
 */
export function formatPreciseInstant(iso: string, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = preciseFormats.get(key);

  if (format === undefined) {
    format = new Intl.DateTimeFormat(undefined, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'short',
      timeZone,
    });
    preciseFormats.set(key, format);
  }

  return format.format(new Date(iso));
}
