const clockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Format an ISO 8601 instant as a time of day with seconds in `timeZone`, or else in the viewer's
 * browser time zone.
 */
export function formatClockTime(iso: string, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = clockFormats.get(key);

  if (format === undefined) {
    format = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone });
    clockFormats.set(key, format);
  }

  return format.format(new Date(iso));
}
