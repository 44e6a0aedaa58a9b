import { describeList, describeWorkingHours } from './describe-governance-values';
import type { GovernanceDiffEntry } from './diff-governance-models';
import { describeChange } from './diff-helpers';
import type { BusinessCalendar, GovernanceModel } from './model';

function describeCalendar(calendar: BusinessCalendar): string {
  const holidays = calendar.holidays.length === 1 ? '1 holiday' : `${calendar.holidays.length} holidays`;

  return `${calendar.timeZone}, ${describeWorkingHours(calendar.hours)}, ${holidays}`;
}

function diffHolidays(path: string, subject: string, before: readonly string[], after: readonly string[]): GovernanceDiffEntry[] {
  const added = after.filter((holiday) => !before.includes(holiday));
  const removed = before.filter((holiday) => !after.includes(holiday));
  if (added.length === 0 && removed.length === 0) {
    return [];
  }

  const changes = [added.length > 0 ? `added ${added.join(', ')}` : null, removed.length > 0 ? `removed ${removed.join(', ')}` : null];

  return [
    {
      path,
      description: `${subject}: ${changes.filter((change) => change !== null).join('; ')}`,
      before: describeList(before),
      after: describeList(after),
    },
  ];
}

/** Lists added and removed calendars, then time zone, working hour and holiday changes of the others. */
export function diffCalendars(before: GovernanceModel, after: GovernanceModel): GovernanceDiffEntry[] {
  const keys = [...Object.keys(after.calendars), ...Object.keys(before.calendars).filter((key) => !(key in after.calendars))];

  return keys.flatMap((key): GovernanceDiffEntry[] => {
    const path = `calendars.${key}`;
    const subject = `Calendar ${key}`;
    const old = before.calendars[key];
    const current = after.calendars[key];

    if (old === undefined || current === undefined) {
      const text = describeCalendar((current ?? old) as BusinessCalendar);

      return [
        current === undefined
          ? { path, description: `${subject} removed`, before: text, after: null }
          : { path, description: `${subject} added`, before: null, after: text },
      ];
    }

    // Hours compare in words, which sort them by day, so reordering entries of the same week is no change.
    return [
      ...describeChange(`${path}.timeZone`, `${subject} time zone`, old.timeZone, current.timeZone),
      ...describeChange(`${path}.hours`, `${subject} working hours`, describeWorkingHours(old.hours), describeWorkingHours(current.hours)),
      ...diffHolidays(`${path}.holidays`, `${subject} holidays`, old.holidays, current.holidays),
    ];
  });
}
