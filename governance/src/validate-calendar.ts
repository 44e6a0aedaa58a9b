import { DateTime, IANAZone } from 'luxon';

import type { BusinessCalendar, FieldProblem } from './model';

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Converts `HH:mm` (or `24:00`) to minutes after local midnight. The format must already be checked. */
export function minutesAfterMidnight(timeOfDay: string): number {
  const [hours, minutes] = timeOfDay.split(':').map(Number) as [number, number];

  return hours * 60 + minutes;
}

function checkWorkingHours(calendar: BusinessCalendar): FieldProblem[] {
  if (calendar.hours.length === 0) {
    return [
      {
        field: 'hours',
        value: null,
        message: 'hours is empty; add at least one working interval, such as day 1 from 09:00 to 17:00',
      },
    ];
  }

  return calendar.hours.flatMap((entry, index): FieldProblem[] => {
    const path = `hours[${index}]`;
    const problems: FieldProblem[] = [];

    if (!Number.isInteger(entry.day) || entry.day < 1 || entry.day > 7) {
      problems.push({
        field: `${path}.day`,
        value: entry.day,
        message: `${path}.day ${entry.day} is not an ISO weekday; send 1 (Monday) to 7 (Sunday)`,
      });
    }

    const startValid = TIME_OF_DAY.test(entry.start);
    const endValid = entry.end === '24:00' || TIME_OF_DAY.test(entry.end);
    if (!startValid) {
      problems.push({
        field: `${path}.start`,
        value: entry.start,
        message: `${path}.start "${entry.start}" is not a time of day in HH:mm; send a value such as 09:00`,
      });
    }
    if (!endValid) {
      problems.push({
        field: `${path}.end`,
        value: entry.end,
        message: `${path}.end "${entry.end}" is not a time of day in HH:mm; send a value such as 17:00, or 24:00 for midnight`,
      });
    }
    if (startValid && endValid && minutesAfterMidnight(entry.start) >= minutesAfterMidnight(entry.end)) {
      problems.push({
        field: `${path}.end`,
        value: entry.end,
        message: `${path}.end "${entry.end}" is not after start "${entry.start}"; send an end later than the start, on the same day`,
      });
    }

    return problems;
  });
}

/**
 * Checks a business calendar: an IANA time zone that this runtime supports, working hours with ISO
 * weekdays and `HH:mm` times where start is before end, and holidays as real `YYYY-MM-DD` dates.
 */
export function validateCalendar(calendar: BusinessCalendar): FieldProblem[] {
  const problems: FieldProblem[] = [];

  if (typeof calendar.timeZone !== 'string' || !IANAZone.isValidZone(calendar.timeZone)) {
    problems.push({
      field: 'timeZone',
      value: calendar.timeZone,
      message: `timeZone "${calendar.timeZone}" is not a valid IANA time zone; send a name such as Europe/Berlin`,
    });
  }

  problems.push(...checkWorkingHours(calendar));

  calendar.holidays.forEach((holiday, index) => {
    if (!LOCAL_DATE.test(holiday) || !DateTime.fromISO(holiday, { zone: 'utc' }).isValid) {
      problems.push({
        field: `holidays[${index}]`,
        value: holiday,
        message: `holidays[${index}] "${holiday}" is not a date in YYYY-MM-DD; send a value such as 2026-12-25`,
      });
    }
  });

  return problems;
}
