let clockFormat: Intl.DateTimeFormat | undefined;

/** Format an ISO 8601 instant as a time of day with seconds in the viewer's time zone. */
export function formatClockTime(iso: string): string {
  clockFormat ??= new Intl.DateTimeFormat(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

  return clockFormat.format(new Date(iso));
}
