import { DateTime } from 'luxon';

import type { BusinessCalendar } from './model';
import { compileCalendar, localDateOf, nextLocalDate, workingIntervalsOn, type CompiledCalendar, type LocalDate } from './working-intervals';

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Result of `checkFirstBusinessDay` for one instant. */
export interface FirstBusinessDayCheck {
  /** Whether the instant's local date is the first business day of its month. */
  isFirstBusinessDay: boolean;
  /** The instant's date in the calendar's time zone, `YYYY-MM-DD`. */
  localDate: string;
  /** The first business day of that month, `YYYY-MM-DD`; null when the month has none. */
  firstBusinessDay: string | null;
}

/** Throws a RangeError unless `month` is `YYYY-MM` with a month from 01 to 12. */
export function checkMonth(month: string, name = 'month'): void {
  if (!MONTH_PATTERN.test(month)) {
    throw new RangeError(`${name} "${month}" is not a month in YYYY-MM; pass a value such as 2026-11`);
  }
}

/** Returns the month before `month` (`YYYY-MM`), so 2027-01 gives 2026-12. */
export function previousMonth(month: string): string {
  checkMonth(month);
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];

  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, '0')}`;
}

/** Returns whether the date has a working interval, so a day with hours that is not a holiday. */
function isBusinessDay(date: LocalDate, calendar: CompiledCalendar): boolean {
  return workingIntervalsOn(date, calendar).length > 0;
}

function firstBusinessDayFrom(firstOfMonth: LocalDate, calendar: CompiledCalendar): LocalDate | null {
  let date = firstOfMonth;
  while (date.month === firstOfMonth.month) {
    if (isBusinessDay(date, calendar)) {
      return date;
    }
    date = nextLocalDate(date);
  }

  return null;
}

/**
 * Returns the first business day of `month` (`YYYY-MM`) on the calendar as `YYYY-MM-DD`, or null
 * when every day of the month is a holiday or has no working hours. Throws on an invalid month or
 * calendar.
 */
export function firstBusinessDayOfMonth(month: string, calendar: BusinessCalendar): string | null {
  checkMonth(month);
  const compiled = compileCalendar(calendar);
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];

  return firstBusinessDayFrom(DateTime.utc(year, monthNumber, 1), compiled)?.toISODate() ?? null;
}

/**
 * Checks whether an instant falls on the first business day of its month, with the date read in the
 * calendar's time zone: 2027-02-01T07:00Z is 1 February in Berlin but 31 January in Honolulu. A
 * business day is a date with working hours that is not one of the calendar's holidays. Throws on an
 * invalid instant or calendar.
 */
export function checkFirstBusinessDay(instantIso: string, calendar: BusinessCalendar): FirstBusinessDayCheck {
  const compiled = compileCalendar(calendar);
  const instant = DateTime.fromISO(instantIso, { zone: 'utc' });
  if (!instant.isValid) {
    throw new Error(`instantIso "${instantIso}" is not an ISO 8601 date-time; pass a value such as 2027-02-01T07:00:00Z`);
  }

  const localDate = localDateOf(instant.toMillis(), compiled.timeZone);
  const first = firstBusinessDayFrom(localDate.set({ day: 1 }), compiled);

  return {
    isFirstBusinessDay: first !== null && first.toMillis() === localDate.toMillis(),
    localDate: localDate.toISODate() ?? '',
    firstBusinessDay: first?.toISODate() ?? null,
  };
}
