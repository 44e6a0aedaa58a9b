import { DateTime } from 'luxon';

import type { BusinessCalendar } from './model';
import { minutesAfterMidnight, validateCalendar } from './validate-calendar';

/** A span of working time as epoch milliseconds, start inclusive, end exclusive. */
export interface WorkingInterval {
  start: number;
  end: number;
}

/** A calendar checked once and reshaped for day-by-day scanning. */
export interface CompiledCalendar {
  timeZone: string;
  /** Merged, sorted minute ranges after local midnight, indexed by ISO weekday (index 0 unused). */
  minutesByWeekday: Array<Array<[number, number]>>;
  holidays: ReadonlySet<string>;
}

/** A calendar date with no time zone, carried as midnight UTC so date arithmetic never meets DST. */
export type LocalDate = DateTime;

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((left, right) => left[0] - right[0]);
  const merged: Array<[number, number]> = [];

  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) {
      last[1] = Math.max(last[1], range[1]);
    } else {
      merged.push([range[0], range[1]]);
    }
  }

  return merged;
}

/**
 * Validates a calendar and prepares it for scanning. Throws an Error that lists every problem when
 * the calendar is invalid, including one without working hours, in which no SLA time could elapse.
 */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const problems = validateCalendar(calendar);
  if (problems.length > 0) {
    throw new Error(`business calendar is invalid: ${problems.map((problem) => problem.message).join(' | ')}`);
  }

  const minutesByWeekday: Array<Array<[number, number]>> = [];
  for (let weekday = 0; weekday <= 7; weekday += 1) {
    const ranges = calendar.hours
      .filter((entry) => entry.day === weekday)
      .map((entry): [number, number] => [minutesAfterMidnight(entry.start), minutesAfterMidnight(entry.end)]);

    minutesByWeekday.push(mergeRanges(ranges));
  }

  return { timeZone: calendar.timeZone, minutesByWeekday, holidays: new Set(calendar.holidays) };
}

export function localDateOf(instantMs: number, timeZone: string): LocalDate {
  const local = DateTime.fromMillis(instantMs, { zone: timeZone });

  return DateTime.utc(local.year, local.month, local.day);
}

export function nextLocalDate(date: LocalDate): LocalDate {
  return date.plus({ days: 1 });
}

/**
 * Converts a local wall-clock time to an instant. Luxon 3.7 moves a time that a DST change skips
 * forward by the gap, and maps a time that occurs twice to its occurrence in standard time.
 */
function localTimeToMillis(date: LocalDate, minutes: number, timeZone: string): number {
  const day = minutes === 24 * 60 ? nextLocalDate(date) : date;
  const minuteOfDay = minutes % (24 * 60);

  return DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 },
    { zone: timeZone },
  ).toMillis();
}

/**
 * Returns the working intervals of one local date as instants, so the real length of each interval
 * follows the zone's DST rules: 00:00–24:00 spans 23 hours on a spring-forward day and 25 in autumn.
 */
export function workingIntervalsOn(date: LocalDate, calendar: CompiledCalendar): WorkingInterval[] {
  const ranges = calendar.minutesByWeekday[date.weekday] ?? [];
  if (ranges.length === 0 || calendar.holidays.has(date.toISODate() ?? '')) {
    return [];
  }

  return ranges
    .map(([startMinutes, endMinutes]) => ({
      start: localTimeToMillis(date, startMinutes, calendar.timeZone),
      end: localTimeToMillis(date, endMinutes, calendar.timeZone),
    }))
    .filter((interval) => interval.end > interval.start);
}
