import type { BusinessCalendar } from '@accord/governance';
import { strings } from '../strings';

const labels = strings.calendarForm;

/**
 * Summarise a calendar in one line, such as `Europe/Berlin · Mon–Fri 09:00–17:00 · 2 holidays`.
 * Consecutive days with the same hours are joined.
 */
export function describeCalendar(calendar: BusinessCalendar): string {
  const sorted = [...calendar.hours].sort((left, right) => left.day - right.day || left.start.localeCompare(right.start));
  const groups: { first: number; last: number; span: string }[] = [];

  for (const entry of sorted) {
    const span = `${entry.start}–${entry.end}`;
    const previous = groups[groups.length - 1];
    if (previous !== undefined && previous.span === span && previous.last === entry.day - 1) previous.last = entry.day;
    else groups.push({ first: entry.day, last: entry.day, span });
  }

  const hours = groups
    .map(({ first, last, span }) => {
      const days = first === last ? labels.shortDays[first] : `${labels.shortDays[first]}–${labels.shortDays[last]}`;

      return `${days} ${span}`;
    })
    .join(', ');

  return [calendar.timeZone, hours || labels.noHours, labels.holidayCount(calendar.holidays.length)].join(' · ');
}
