import { checkFirstBusinessDay, checkMonth, firstBusinessDayOfMonth, previousMonth } from './business-month';
import type { BusinessCalendar, WorkingHours } from './model';

const WEEKDAYS: WorkingHours[] = ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start: '09:00', end: '17:00' }));

const berlin: BusinessCalendar = { timeZone: 'Europe/Berlin', hours: WEEKDAYS, holidays: ['2026-12-25', '2027-01-01'] };

describe('firstBusinessDayOfMonth', () => {
  it('returns the 1st when it is a working weekday', () => {
    // 2027-02-01 is a Monday.
    expect(firstBusinessDayOfMonth('2027-02', berlin)).toBe('2027-02-01');
  });

  it('skips a weekend at the start of the month', () => {
    // 2026-11-01 is a Sunday.
    expect(firstBusinessDayOfMonth('2026-11', berlin)).toBe('2026-11-02');
  });

  it('skips a month that starts on a Saturday to the Monday', () => {
    // 2026-08-01 is a Saturday.
    expect(firstBusinessDayOfMonth('2026-08', berlin)).toBe('2026-08-03');
  });

  it('skips a holiday on the 1st', () => {
    // 2027-01-01 is a Friday and a holiday, then a weekend.
    expect(firstBusinessDayOfMonth('2027-01', berlin)).toBe('2027-01-04');
  });

  it('skips a holiday on the Monday after a weekend start', () => {
    expect(firstBusinessDayOfMonth('2026-08', { ...berlin, holidays: ['2026-08-03'] })).toBe('2026-08-04');
  });

  it('returns null for a month without business days', () => {
    const allHolidays = Array.from({ length: 28 }, (_, index) => `2027-02-${String(index + 1).padStart(2, '0')}`);

    expect(firstBusinessDayOfMonth('2027-02', { ...berlin, holidays: allHolidays })).toBeNull();
  });

  it('counts a weekend day on a calendar that works it', () => {
    const sevenDays: BusinessCalendar = { ...berlin, hours: [...WEEKDAYS, { day: 6, start: '10:00', end: '14:00' }] };

    expect(firstBusinessDayOfMonth('2026-08', sevenDays)).toBe('2026-08-01');
  });

  it('rejects an invalid month', () => {
    expect(() => firstBusinessDayOfMonth('2026-13', berlin)).toThrow('month "2026-13" is not a month in YYYY-MM');
  });
});

describe('checkFirstBusinessDay', () => {
  it('accepts the first weekday of the month', () => {
    expect(checkFirstBusinessDay('2027-02-01T07:00:00Z', berlin)).toEqual({
      isFirstBusinessDay: true,
      localDate: '2027-02-01',
      firstBusinessDay: '2027-02-01',
    });
  });

  it('rejects the second business day', () => {
    const check = checkFirstBusinessDay('2027-02-02T07:00:00Z', berlin);

    expect(check.isFirstBusinessDay).toBe(false);
    expect(check.firstBusinessDay).toBe('2027-02-01');
  });

  it('rejects a weekend day at the start of the month', () => {
    // 2026-08-01 is a Saturday, 2026-08-02 a Sunday.
    expect(checkFirstBusinessDay('2026-08-01T07:00:00Z', berlin).isFirstBusinessDay).toBe(false);
    expect(checkFirstBusinessDay('2026-08-02T07:00:00Z', berlin).isFirstBusinessDay).toBe(false);
  });

  it('accepts the Monday after a month that starts on a Saturday', () => {
    expect(checkFirstBusinessDay('2026-08-03T07:00:00Z', berlin).isFirstBusinessDay).toBe(true);
  });

  it('rejects a holiday on the 1st and accepts the next business day', () => {
    expect(checkFirstBusinessDay('2027-01-01T07:00:00Z', berlin).isFirstBusinessDay).toBe(false);
    expect(checkFirstBusinessDay('2027-01-04T07:00:00Z', berlin).isFirstBusinessDay).toBe(true);
  });

  it('reads the date in the calendar time zone', () => {
    const honolulu: BusinessCalendar = { timeZone: 'Pacific/Honolulu', hours: WEEKDAYS, holidays: [] };
    // 07:00 UTC on 1 February 2027 is 21:00 on 31 January in Honolulu.
    const check = checkFirstBusinessDay('2027-02-01T07:00:00Z', honolulu);

    expect(check.localDate).toBe('2027-01-31');
    expect(check.isFirstBusinessDay).toBe(false);
  });

  it('accepts any day that is the first with working hours', () => {
    const holidays = ['2026-12-01', '2026-12-02', '2026-12-03'];
    const alwaysOpen: BusinessCalendar = {
      timeZone: 'UTC',
      hours: ([1, 2, 3, 4, 5, 6, 7] as const).map((day) => ({ day, start: '00:00', end: '24:00' })),
      holidays,
    };

    expect(checkFirstBusinessDay('2026-12-04T22:00:00Z', alwaysOpen).isFirstBusinessDay).toBe(true);
  });

  it('rejects an invalid instant', () => {
    expect(() => checkFirstBusinessDay('first of May', berlin)).toThrow('instantIso "first of May" is not an ISO 8601 date-time');
  });
});

describe('previousMonth', () => {
  it.each([
    ['2027-01', '2026-12'],
    ['2026-12', '2026-11'],
    ['2026-10', '2026-09'],
  ])('returns the month before %s', (month, expected) => {
    expect(previousMonth(month)).toBe(expected);
  });

  it('rejects a month without a leading zero', () => {
    expect(() => checkMonth('2026-3', 'periodMonth')).toThrow('periodMonth "2026-3" is not a month in YYYY-MM');
  });
});
