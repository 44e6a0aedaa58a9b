const instantFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Format an ISO 8601 instant in the viewer's time zone, which is the browser's zone unless `timeZone`
 * is given. The output ends with the zone's abbreviation, so the reader knows which clock it is.
 */
export function formatInstant(iso: string, timeZone?: string): string {
  const key = timeZone ?? '';
  let format = instantFormats.get(key);

  if (format === undefined) {
    format = new Intl.DateTimeFormat(undefined, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone,
    });
    instantFormats.set(key, format);
  }

  return format.format(new Date(iso));
}
