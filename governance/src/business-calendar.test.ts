import fc from 'fast-check';
import { DateTime } from 'luxon';

import {
  ALWAYS_OPEN_CALENDAR,
  addBusinessSeconds,
  businessSecondsBetween,
  isWithinBusinessHours,
} from './business-calendar';
import type { BusinessCalendar, WorkingHours } from './model';

const HOUR = 3600;

function weekdays(start: string, end: string): WorkingHours[] {
  return ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start, end }));
}

const berlin: BusinessCalendar = { timeZone: 'Europe/Berlin', hours: weekdays('09:00', '17:00'), holidays: [] };
const newYork: BusinessCalendar = { timeZone: 'America/New_York', hours: weekdays('09:00', '17:00'), holidays: [] };
const berlinAlwaysOpen: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  hours: ([1, 2, 3, 4, 5, 6, 7] as const).map((day) => ({ day, start: '00:00', end: '24:00' })),
  holidays: [],
};
const splitShiftsWithHolidays: BusinessCalendar = {
  timeZone: 'Asia/Kolkata',
  hours: [...weekdays('09:30', '13:00'), ...weekdays('14:00', '18:30'), { day: 6, start: '10:00', end: '12:00' }],
  holidays: ['2026-01-26', '2026-08-15', '2026-10-02', '2027-01-26'],
};

/** Formats a Berlin wall-clock time as the UTC instant the functions take. */
function berlinTime(local: string): string {
  return DateTime.fromISO(local, { zone: 'Europe/Berlin' }).toUTC().toISO() ?? '';
}

function inBerlin(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'Europe/Berlin' }).toFormat("ccc yyyy-MM-dd'T'HH:mm");
}

describe('addBusinessSeconds', () => {
  it('carries Friday 16:30 to Monday 09:30', () => {
    const due = addBusinessSeconds(berlinTime('2026-03-06T16:30'), HOUR, berlin);

    expect(inBerlin(due)).toBe('Mon 2026-03-09T09:30');
  });

  it('starts counting at opening on Wednesday 07:00', () => {
    const due = addBusinessSeconds(berlinTime('2026-03-04T07:00'), HOUR, berlin);

    expect(inBerlin(due)).toBe('Wed 2026-03-04T10:00');
  });

  it('returns a UTC ISO instant', () => {
    expect(addBusinessSeconds('2026-03-04T06:00:00Z', HOUR, berlin)).toBe('2026-03-04T09:00:00.000Z');
  });

  it('ends on the closing time when the interval is used up', () => {
    expect(inBerlin(addBusinessSeconds(berlinTime('2026-03-04T16:00'), HOUR, berlin))).toBe('Wed 2026-03-04T17:00');
  });

  it('returns an open start for zero seconds', () => {
    expect(addBusinessSeconds('2026-03-04T10:15:00Z', 0, berlin)).toBe('2026-03-04T10:15:00.000Z');
  });

  it('moves a closed start to opening for zero seconds', () => {
    expect(inBerlin(addBusinessSeconds(berlinTime('2026-03-07T12:00'), 0, berlin))).toBe('Mon 2026-03-09T09:00');
  });

  it('moves 3600 s of real time across the autumn change', () => {
    const start = '2026-10-25T00:30:00Z';
    const due = addBusinessSeconds(start, HOUR, berlinAlwaysOpen);

    expect(due).toBe('2026-10-25T01:30:00.000Z');
    expect(DateTime.fromISO(due).diff(DateTime.fromISO(start), 'seconds').seconds).toBe(HOUR);
    expect(inBerlin(start)).toBe('Sun 2026-10-25T02:30');
    expect(inBerlin(due)).toBe('Sun 2026-10-25T02:30');
  });

  it('skips the spring hour that does not exist', () => {
    const due = addBusinessSeconds(berlinTime('2026-03-29T01:30'), HOUR, berlinAlwaysOpen);

    expect(inBerlin(due)).toBe('Sun 2026-03-29T03:30');
    expect(due).toBe('2026-03-29T01:30:00.000Z');
  });

  it('keeps an eight-hour day across the spring change', () => {
    const due = addBusinessSeconds(berlinTime('2026-03-27T09:00'), 16 * HOUR, berlin);

    expect(inBerlin(due)).toBe('Mon 2026-03-30T17:00');
  });

  it('skips holidays', () => {
    const calendar = { ...berlin, holidays: ['2026-12-24', '2026-12-25'] };

    expect(inBerlin(addBusinessSeconds(berlinTime('2026-12-23T16:00'), 2 * HOUR, calendar))).toBe(
      'Mon 2026-12-28T10:00',
    );
  });

  it('follows New York hours', () => {
    const due = addBusinessSeconds('2026-03-06T21:30:00Z', HOUR, newYork);

    // Friday 16:30 EST leaves 30 minutes; the rest runs from Monday 09:00 EDT, after the US spring change.
    expect(due).toBe('2026-03-09T13:30:00.000Z');
  });

  it('crosses split shifts and a Saturday', () => {
    const start = DateTime.fromISO('2026-03-06T18:00', { zone: 'Asia/Kolkata' }).toUTC().toISO() ?? '';
    const due = addBusinessSeconds(start, 3 * HOUR, splitShiftsWithHolidays);

    expect(DateTime.fromISO(due, { zone: 'Asia/Kolkata' }).toFormat('ccc HH:mm')).toBe('Mon 10:00');
  });

  it('counts seconds on the always-open calendar', () => {
    expect(addBusinessSeconds('2026-03-07T23:59:58Z', 5, ALWAYS_OPEN_CALENDAR)).toBe('2026-03-08T00:00:03.000Z');
  });

  it('computes a span of months per day', () => {
    const started = Date.now();
    const due = addBusinessSeconds('2026-01-05T08:00:00Z', 250 * 8 * HOUR, berlin);

    expect(businessSecondsBetween('2026-01-05T08:00:00Z', due, berlin)).toBe(250 * 8 * HOUR);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p seconds', (seconds) => {
    expect(() => addBusinessSeconds('2026-03-04T10:00:00Z', seconds, berlin)).toThrow(
      `seconds ${seconds} is not a finite number of 0 or more`,
    );
  });

  it('rejects an invalid start', () => {
    expect(() => addBusinessSeconds('next Tuesday', HOUR, berlin)).toThrow(
      'startIso "next Tuesday" is not an ISO 8601 date-time',
    );
  });

  it('rejects a calendar without hours', () => {
    expect(() => addBusinessSeconds('2026-03-04T10:00:00Z', HOUR, { ...berlin, hours: [] })).toThrow(
      'business calendar is invalid: hours is empty',
    );
  });

  it('rejects an unknown time zone', () => {
    expect(() =>
      businessSecondsBetween('2026-03-04T10:00:00Z', '2026-03-05T10:00:00Z', { ...berlin, timeZone: 'Mars/Olympus' }),
    ).toThrow('timeZone "Mars/Olympus" is not a valid IANA time zone');
  });
});

describe('businessSecondsBetween', () => {
  it('counts a week of business hours', () => {
    expect(businessSecondsBetween(berlinTime('2026-03-02T00:00'), berlinTime('2026-03-09T00:00'), berlin)).toBe(
      40 * HOUR,
    );
  });

  it('counts a Friday-to-Monday span across spring', () => {
    expect(businessSecondsBetween(berlinTime('2026-03-27T09:00'), berlinTime('2026-03-30T17:00'), berlin)).toBe(
      16 * HOUR,
    );
  });

  it.each([
    ['spring-forward day', '2026-03-29', 23 * HOUR],
    ['fall-back day', '2026-10-25', 25 * HOUR],
    ['summer day', '2026-06-14', 24 * HOUR],
  ])('counts a %s in real time', (_case, date, expected) => {
    const start = berlinTime(`${date}T00:00`);
    const end = DateTime.fromISO(`${date}T00:00`, { zone: 'Europe/Berlin' }).plus({ days: 1 }).toUTC().toISO() ?? '';

    expect(businessSecondsBetween(start, end, berlinAlwaysOpen)).toBe(expected);
    expect(DateTime.fromISO(end).diff(DateTime.fromISO(start), 'seconds').seconds).toBe(expected);
  });

  it('agrees with addBusinessSeconds across autumn', () => {
    const start = berlinTime('2026-10-23T15:00');
    const due = addBusinessSeconds(start, 4 * HOUR, berlin);

    expect(inBerlin(due)).toBe('Mon 2026-10-26T11:00');
    expect(businessSecondsBetween(start, due, berlin)).toBe(4 * HOUR);
  });

  it('is negative when end precedes start', () => {
    expect(businessSecondsBetween(berlinTime('2026-03-04T12:00'), berlinTime('2026-03-04T10:30'), berlin)).toBe(
      -1.5 * HOUR,
    );
  });

  it('is zero inside closed hours', () => {
    expect(businessSecondsBetween(berlinTime('2026-03-07T09:00'), berlinTime('2026-03-08T17:00'), berlin)).toBe(0);
  });

  it('keeps milliseconds', () => {
    expect(businessSecondsBetween('2026-03-04T10:00:00.000Z', '2026-03-04T10:00:01.250Z', berlin)).toBe(1.25);
  });

  it('counts overlapping hours once', () => {
    const overlapping: BusinessCalendar = {
      timeZone: 'UTC',
      hours: [
        { day: 3, start: '09:00', end: '12:00' },
        { day: 3, start: '11:00', end: '13:00' },
      ],
      holidays: [],
    };

    expect(businessSecondsBetween('2026-03-04T00:00:00Z', '2026-03-05T00:00:00Z', overlapping)).toBe(4 * HOUR);
  });
});

describe('isWithinBusinessHours', () => {
  it.each([
    ['2026-03-04T09:00', true],
    ['2026-03-04T16:59', true],
    ['2026-03-04T17:00', false],
    ['2026-03-04T08:59', false],
    ['2026-03-07T12:00', false],
  ])('Berlin %s ⇒ %p', (local, expected) => {
    expect(isWithinBusinessHours(berlinTime(local), berlin)).toBe(expected);
  });
});

describe('business calendar properties', () => {
  const calendars = fc.constantFrom(berlin, newYork, berlinAlwaysOpen, splitShiftsWithHolidays, ALWAYS_OPEN_CALENDAR);
  // 2025 to 2028 covers several DST changes in both Berlin and New York.
  const instants = fc
    .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) })
    .map((ms) => new Date(ms).toISOString());
  const durations = fc.integer({ min: 0, max: 30 * 8 * HOUR });

  it('never places a deadline in closed hours', () => {
    fc.assert(
      fc.property(calendars, instants, durations, (calendar, start, seconds) => {
        const due = addBusinessSeconds(start, seconds, calendar);
        const dueMs = Date.parse(due);

        if (seconds > 0) {
          expect(isWithinBusinessHours(new Date(dueMs - 1).toISOString(), calendar)).toBe(true);
        } else if (isWithinBusinessHours(start, calendar)) {
          expect(dueMs).toBe(Date.parse(start));
        } else {
          expect(isWithinBusinessHours(due, calendar)).toBe(true);
        }
      }),
    );
  });

  it('is monotonic in the start time', () => {
    fc.assert(
      fc.property(calendars, instants, instants, durations, (calendar, first, second, seconds) => {
        const [earlier, later] = Date.parse(first) <= Date.parse(second) ? [first, second] : [second, first];

        expect(Date.parse(addBusinessSeconds(earlier, seconds, calendar))).toBeLessThanOrEqual(
          Date.parse(addBusinessSeconds(later, seconds, calendar)),
        );
      }),
    );
  });

  it('round-trips through businessSecondsBetween', () => {
    fc.assert(
      fc.property(calendars, instants, durations, (calendar, start, seconds) => {
        const due = addBusinessSeconds(start, seconds, calendar);

        expect(businessSecondsBetween(start, due, calendar)).toBe(seconds);
        expect(Date.parse(due) - Date.parse(start)).toBeGreaterThanOrEqual(seconds * 1000);
      }),
    );
  });

  it('adds up over consecutive spans', () => {
    const offsetsMs = fc.integer({ min: 0, max: 120 * 24 * HOUR * 1000 });

    fc.assert(
      fc.property(calendars, instants, offsetsMs, offsetsMs, (calendar, first, firstGapMs, secondGapMs) => {
        const middle = new Date(Date.parse(first) + firstGapMs).toISOString();
        const last = new Date(Date.parse(middle) + secondGapMs).toISOString();

        expect(
          businessSecondsBetween(first, middle, calendar) + businessSecondsBetween(middle, last, calendar),
        ).toBeCloseTo(businessSecondsBetween(first, last, calendar), 6);
      }),
    );
  });
});
