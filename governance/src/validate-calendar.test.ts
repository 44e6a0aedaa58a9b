import type { BusinessCalendar, WorkingHours } from './model';
import { minutesAfterMidnight, validateCalendar } from './validate-calendar';

const valid: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  hours: [
    { day: 1, start: '09:00', end: '17:00' },
    { day: 7, start: '00:00', end: '24:00' },
  ],
  holidays: ['2026-12-25', '2028-02-29'],
};

function withHours(entry: Partial<WorkingHours>): BusinessCalendar {
  return { ...valid, hours: [{ day: 1, start: '09:00', end: '17:00', ...entry } as WorkingHours] };
}

describe('validateCalendar', () => {
  it('accepts a valid calendar', () => {
    expect(validateCalendar(valid)).toEqual([]);
  });

  it.each(['UTC', 'America/New_York', 'Asia/Kolkata'])('accepts time zone %s', (timeZone) => {
    expect(validateCalendar({ ...valid, timeZone })).toEqual([]);
  });

  it.each<[string, BusinessCalendar, string, string]>([
    [
      'unknown zone',
      { ...valid, timeZone: 'Mars/Olympus' },
      'timeZone',
      'timeZone "Mars/Olympus" is not a valid IANA time zone; send a name such as Europe/Berlin',
    ],
    [
      'offset instead of zone',
      { ...valid, timeZone: 'GMT+25' },
      'timeZone',
      'timeZone "GMT+25" is not a valid IANA time zone; send a name such as Europe/Berlin',
    ],
    [
      'no hours',
      { ...valid, hours: [] },
      'hours',
      'hours is empty; add at least one working interval, such as day 1 from 09:00 to 17:00',
    ],
    [
      'weekday 0',
      withHours({ day: 0 as WorkingHours['day'] }),
      'hours[0].day',
      'hours[0].day 0 is not an ISO weekday; send 1 (Monday) to 7 (Sunday)',
    ],
    [
      'weekday 8',
      withHours({ day: 8 as WorkingHours['day'] }),
      'hours[0].day',
      'hours[0].day 8 is not an ISO weekday; send 1 (Monday) to 7 (Sunday)',
    ],
    [
      'single-digit hour',
      withHours({ start: '9:00' }),
      'hours[0].start',
      'hours[0].start "9:00" is not a time of day in HH:mm; send a value such as 09:00',
    ],
    [
      'start at 24:00',
      withHours({ start: '24:00' }),
      'hours[0].start',
      'hours[0].start "24:00" is not a time of day in HH:mm; send a value such as 09:00',
    ],
    [
      'minute 60',
      withHours({ end: '17:60' }),
      'hours[0].end',
      'hours[0].end "17:60" is not a time of day in HH:mm; send a value such as 17:00, or 24:00 for midnight',
    ],
    [
      'end at 24:30',
      withHours({ end: '24:30' }),
      'hours[0].end',
      'hours[0].end "24:30" is not a time of day in HH:mm; send a value such as 17:00, or 24:00 for midnight',
    ],
    [
      'end equal to start',
      withHours({ end: '09:00' }),
      'hours[0].end',
      'hours[0].end "09:00" is not after start "09:00"; send an end later than the start, on the same day',
    ],
    [
      'end before start',
      withHours({ start: '22:00', end: '06:00' }),
      'hours[0].end',
      'hours[0].end "06:00" is not after start "22:00"; send an end later than the start, on the same day',
    ],
    [
      'holiday format',
      { ...valid, holidays: ['25.12.2026'] },
      'holidays[0]',
      'holidays[0] "25.12.2026" is not a date in YYYY-MM-DD; send a value such as 2026-12-25',
    ],
    [
      'impossible holiday',
      { ...valid, holidays: ['2026-12-25', '2026-02-30'] },
      'holidays[1]',
      'holidays[1] "2026-02-30" is not a date in YYYY-MM-DD; send a value such as 2026-12-25',
    ],
  ])('rejects %s', (_case, calendar, field, message) => {
    const problems = validateCalendar(calendar);

    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.message).toBe(message);
  });

  it('reports problems of several entries', () => {
    const calendar: BusinessCalendar = {
      timeZone: 'Nowhere',
      hours: [
        { day: 1, start: '09:00', end: '17:00' },
        { day: 2, start: 'nine', end: '17:00' },
      ],
      holidays: ['tomorrow'],
    };

    expect(validateCalendar(calendar).map((problem) => problem.field)).toEqual([
      'timeZone',
      'hours[1].start',
      'holidays[0]',
    ]);
  });
});

describe('minutesAfterMidnight', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['24:00', 1440],
  ])('converts %s to %d', (time, minutes) => {
    expect(minutesAfterMidnight(time)).toBe(minutes);
  });
});
