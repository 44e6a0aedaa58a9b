import type { ValueParser } from './parse-field-value';

interface DateTimeParts {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC. */
  offsetMinutes: number;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Zoho CRM's export form, `15 Apr, 2021 00:03:00`, with optional seconds, AM/PM and offset. */
const ZOHO_DATE_TIME =
  /^(\d{1,2}) ([a-z]{3})[a-z]*,? (\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?(AM|PM))?)?\s*(Z|UTC|GMT|(?:UTC|GMT)?\s*[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses an ISO 8601 date or date-time (`2021-04-15`, `2021-04-15 00:03`, `2021-04-15T00:03:00.000Z`).
 * A value without an offset is read as UTC.
 */
export const parseIsoDateTime: ValueParser<string> = (text) => {
  const parts = matchIsoDateTime(text);

  return toUtcIsoString(parts) ?? {
    ok: false,
    reason: 'is not a date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:mm:ssZ, such as 2021-04-15T00:03:00Z',
  };
};

/**
 * Parses Zoho CRM's `15 Apr, 2021 00:03:00` or an ISO 8601 value. Zoho writes the time in the
 * exporting user's time zone without saying which, so a value without an offset is read as UTC.
 */
export const parseZohoDateTime: ValueParser<string> = (text) => {
  const parts = matchZohoDateTime(text) ?? matchIsoDateTime(text);

  return toUtcIsoString(parts) ?? {
    ok: false,
    reason: 'is not a date; write it as "15 Apr, 2021 00:03:00" or as 2021-04-15T00:03:00Z',
  };
};

function matchIsoDateTime(text: string): DateTimeParts | null {
  const match = ISO_DATE_TIME.exec(text);
  if (match === null) {
    return null;
  }

  const [, year, month, day, hour, minute, second, fraction, offset] = match;

  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: Math.floor(Number(`0.${fraction ?? '0'}`) * 1000),
    offsetMinutes: parseOffsetMinutes(offset),
  };
}

function matchZohoDateTime(text: string): DateTimeParts | null {
  const match = ZOHO_DATE_TIME.exec(text);
  if (match === null) {
    return null;
  }

  const [, day, monthName, year, hour, minute, second, meridiem, offset] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase()) + 1;
  if (month === 0) {
    return null;
  }

  const hourOfDay = toTwentyFourHour(Number(hour ?? 0), meridiem);
  if (hourOfDay === null) {
    return null;
  }

  return {
    year: Number(year),
    month,
    day: Number(day),
    hour: hourOfDay,
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: 0,
    offsetMinutes: parseOffsetMinutes(offset),
  };
}

function toTwentyFourHour(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) {
    return hour;
  }

  if (hour < 1 || hour > 12) {
    return null;
  }

  const isAfternoon = meridiem.toUpperCase() === 'PM';

  return (hour % 12) + (isAfternoon ? 12 : 0);
}

/** Reads `Z`, `UTC`, `+05:30`, `+0530`, `-08` or `GMT+05:30` as minutes east of UTC, and no offset as 0. */
function parseOffsetMinutes(text: string | undefined): number {
  const offset = (text ?? '').replace(/^(UTC|GMT)\s*/i, '');
  if (offset === '' || offset.toUpperCase() === 'Z') {
    return 0;
  }

  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');

  return sign * (hours * 60 + minutes);
}

/** Rejects impossible dates such as 31 February, which `Date.UTC` would roll over into March. */
function toUtcIsoString(parts: DateTimeParts | null): { ok: true; value: string } | null {
  if (parts === null) {
    return null;
  }

  const { year, month, day, hour, minute, second, millisecond, offsetMinutes } = parts;
  if (hour > 23 || minute > 59 || second > 59 || Math.abs(offsetMinutes) > 18 * 60) {
    return null;
  }

  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millisecond));
  if (local.getUTCFullYear() !== year || local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) {
    return null;
  }

  const instant = new Date(local.getTime() - offsetMinutes * 60_000);

  return { ok: true, value: instant.toISOString() };
}
