import { DateTime } from 'luxon';

import type { BusinessCalendar } from './model';
import {
  compileCalendar,
  localDateOf,
  nextLocalDate,
  workingIntervalsOn,
  type CompiledCalendar,
} from './working-intervals';

export { validateCalendar } from './validate-calendar';

/** Open every minute of every day in UTC, for SLA tests that run on the scale of seconds. */
export const ALWAYS_OPEN_CALENDAR: BusinessCalendar = {
  timeZone: 'UTC',
  hours: ([1, 2, 3, 4, 5, 6, 7] as const).map((day) => ({ day, start: '00:00', end: '24:00' })),
  holidays: [],
};

/** Days scanned before giving up: 100 years, far beyond any SLA, so only a bug or absurd input hits it. */
const MAX_DAYS_SCANNED = 366 * 100;

function parseInstant(value: string, name: string): number {
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  if (!parsed.isValid) {
    throw new Error(`${name} "${value}" is not an ISO 8601 date-time; pass a value such as 2026-03-02T09:30:00Z`);
  }

  return parsed.toMillis();
}

function toIsoUtc(instantMs: number): string {
  return DateTime.fromMillis(instantMs, { zone: 'utc' }).toISO() ?? '';
}

/**
 * Returns the instant (ISO 8601, UTC) at which `seconds` of working time on the calendar have elapsed
 * after `startIso`. Counting starts at the next opening when the start is outside working hours, and
 * a deadline that uses up an interval exactly falls on its closing time. A start without an offset
 * is read as UTC. Throws on negative or non-finite seconds, on an invalid start or calendar, and
 * when no deadline is found within 100 years.
 */
export function addBusinessSeconds(startIso: string, seconds: number, calendar: BusinessCalendar): string {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`seconds ${seconds} is not a finite number of 0 or more; pass the SLA target in seconds`);
  }

  const compiled = compileCalendar(calendar);
  const startMs = parseInstant(startIso, 'startIso');
  let remainingMs = Math.round(seconds * 1000);
  let date = localDateOf(startMs, compiled.timeZone);

  for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned += 1) {
    for (const interval of workingIntervalsOn(date, compiled)) {
      if (interval.end <= startMs) {
        continue;
      }

      const from = Math.max(interval.start, startMs);
      const available = interval.end - from;
      if (remainingMs <= available) {
        return toIsoUtc(from + remainingMs);
      }

      remainingMs -= available;
    }

    date = nextLocalDate(date);
  }

  throw new Error(`no deadline within ${MAX_DAYS_SCANNED} days of ${startIso} for ${seconds} business seconds`);
}

function workingMsBetween(startMs: number, endMs: number, compiled: CompiledCalendar): number {
  const lastDate = localDateOf(endMs, compiled.timeZone);
  let date = localDateOf(startMs, compiled.timeZone);
  let totalMs = 0;

  while (date.toMillis() <= lastDate.toMillis()) {
    for (const interval of workingIntervalsOn(date, compiled)) {
      totalMs += Math.max(0, Math.min(interval.end, endMs) - Math.max(interval.start, startMs));
    }

    date = nextLocalDate(date);
  }

  return totalMs;
}

/**
 * Returns the working time on the calendar between two instants, in seconds (fractional when the
 * instants carry milliseconds). The result is negative when `endIso` is before `startIso`, so an
 * overdue SLA reads as negative time left.
 */
export function businessSecondsBetween(startIso: string, endIso: string, calendar: BusinessCalendar): number {
  const compiled = compileCalendar(calendar);
  const startMs = parseInstant(startIso, 'startIso');
  const endMs = parseInstant(endIso, 'endIso');

  if (endMs < startMs) {
    return -workingMsBetween(endMs, startMs, compiled) / 1000;
  }

  return workingMsBetween(startMs, endMs, compiled) / 1000;
}

/** Returns whether the calendar is open at an instant; an interval's closing instant counts as closed. */
export function isWithinBusinessHours(instantIso: string, calendar: BusinessCalendar): boolean {
  const compiled = compileCalendar(calendar);
  const instantMs = parseInstant(instantIso, 'instantIso');
  const intervals = workingIntervalsOn(localDateOf(instantMs, compiled.timeZone), compiled);

  return intervals.some((interval) => interval.start <= instantMs && instantMs < interval.end);
}
