import { DateTime } from 'luxon';

import type { BusinessCalendar } from './model';
import { compileCalendar, localDateOf, nextLocalDate, workingIntervalsOn } from './working-intervals';

const HOUR_MS = 3_600_000;

const berlinShifts: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  hours: [
    { day: 7, start: '13:00', end: '17:00' },
    { day: 7, start: '00:00', end: '04:00' },
    { day: 7, start: '03:00', end: '06:00' },
    { day: 7, start: '06:00', end: '08:00' },
  ],
  holidays: ['2026-12-27'],
};

function iso(ms: number): string {
  return DateTime.fromMillis(ms, { zone: 'utc' }).toISO() ?? '';
}

describe('compileCalendar', () => {
  it('merges overlapping and adjacent ranges', () => {
    expect(compileCalendar(berlinShifts).minutesByWeekday[7]).toEqual([
      [0, 480],
      [780, 1020],
    ]);
  });

  it('leaves days without hours empty', () => {
    expect(compileCalendar(berlinShifts).minutesByWeekday[1]).toEqual([]);
  });

  it('throws on an invalid calendar', () => {
    expect(() => compileCalendar({ ...berlinShifts, holidays: ['2026-13-01'] })).toThrow(
      'business calendar is invalid: holidays[0] "2026-13-01" is not a date in YYYY-MM-DD',
    );
  });
});

describe('workingIntervalsOn', () => {
  const compiled = compileCalendar(berlinShifts);

  it('shortens the spring-forward night', () => {
    const intervals = workingIntervalsOn(DateTime.utc(2026, 3, 29), compiled);

    expect(intervals.map((interval) => [iso(interval.start), iso(interval.end)])).toEqual([
      ['2026-03-28T23:00:00.000Z', '2026-03-29T06:00:00.000Z'],
      ['2026-03-29T11:00:00.000Z', '2026-03-29T15:00:00.000Z'],
    ]);
    expect((intervals[0]?.end ?? 0) - (intervals[0]?.start ?? 0)).toBe(7 * HOUR_MS);
  });

  it('lengthens the fall-back night', () => {
    const [night] = workingIntervalsOn(DateTime.utc(2026, 10, 25), compiled);

    expect((night?.end ?? 0) - (night?.start ?? 0)).toBe(9 * HOUR_MS);
  });

  it('returns nothing on a holiday', () => {
    expect(workingIntervalsOn(DateTime.utc(2026, 12, 27), compiled)).toEqual([]);
  });

  it('returns nothing on a closed weekday', () => {
    expect(workingIntervalsOn(DateTime.utc(2026, 12, 28), compiled)).toEqual([]);
  });
});

describe('localDateOf', () => {
  it('uses the calendar date in the zone', () => {
    const lateEvening = Date.parse('2026-03-04T23:30:00Z');

    expect(localDateOf(lateEvening, 'Europe/Berlin').toISODate()).toBe('2026-03-05');
    expect(localDateOf(lateEvening, 'America/New_York').toISODate()).toBe('2026-03-04');
  });

  it('steps one calendar day across DST', () => {
    expect(nextLocalDate(DateTime.utc(2026, 3, 28)).toISODate()).toBe('2026-03-29');
  });
});
