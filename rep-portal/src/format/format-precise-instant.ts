let preciseFormat: Intl.DateTimeFormat | undefined;

/**
 * Format an ISO 8601 instant like portal-kit's `formatInstant`, with seconds. Stage changes and SLA
 * events often happen within the same minute, and the seconds show their order.
 */
export function formatPreciseInstant(iso: string): string {
  preciseFormat ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  });

  return preciseFormat.format(new Date(iso));
}
