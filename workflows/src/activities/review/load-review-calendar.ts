import { loadPublishedVersion, TeamEntity } from '@accord/db';
import { ApplicationFailure } from '@temporalio/activity';
import { In, type DataSource } from 'typeorm';

import type { ReviewCalendarChoice } from '../../review/review-contract';

/**
 * Chooses the calendar that decides the first business day of a month. Admins have no team, so:
 * 1. `calendarKey` (GOVERNANCE_REVIEW_CALENDAR), a key of the published model's `calendars`, when set;
 * 2. otherwise the calendar of the first team of the published model's team list that has one, which
 *    is the calendar the organisation's first sales team works on;
 * 3. otherwise the first calendar of the published model.
 * An unknown key fails without retries, because retrying cannot fix the configuration.
 */
export async function loadReviewCalendar(dataSource: DataSource, calendarKey: string | null): Promise<ReviewCalendarChoice> {
  const published = await loadPublishedVersion(dataSource.manager);
  const calendars = published.model.calendars;

  if (calendarKey !== null) {
    const calendar = calendars[calendarKey];
    if (calendar === undefined) {
      throw ApplicationFailure.nonRetryable(
        `GOVERNANCE_REVIEW_CALENDAR "${calendarKey}" names no calendar of governance version ${published.version}; ` +
          `set one of ${Object.keys(calendars).join(', ')} or unset it to use the first team's calendar`,
        'ReviewCalendarNotFound',
      );
    }

    return { calendar, source: `calendar ${calendarKey} (GOVERNANCE_REVIEW_CALENDAR)` };
  }

  const teamKeys = published.model.teams.map((team) => team.key);
  const teams = teamKeys.length === 0 ? [] : await dataSource.getRepository(TeamEntity).find({ where: { key: In(teamKeys) } });
  for (const key of teamKeys) {
    const team = teams.find((candidate) => candidate.key === key);
    const calendar = team?.calendar ?? null;
    if (calendar !== null) {
      return { calendar, source: `business calendar of the ${team?.label ?? key} team (${calendar.timeZone})` };
    }
  }

  const [firstKey, firstCalendar] = Object.entries(calendars)[0] ?? [];
  if (firstKey === undefined || firstCalendar === undefined) {
    throw ApplicationFailure.nonRetryable(
      `governance version ${published.version} defines no calendar and no team has one; add a calendar to decide the first business day`,
      'ReviewCalendarNotFound',
    );
  }

  return { calendar: firstCalendar, source: `calendar ${firstKey} (first of governance version ${published.version})` };
}
