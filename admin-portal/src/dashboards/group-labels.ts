import type { Motion } from '@accord/portal-kit';
import { strings } from '../strings';
import { dashboardStrings as labels } from './dashboard-strings';
import type { DashboardOptionsData, KpiGroupBy } from './kpi.operations';

/** Turn a row's `group` into words: team and rep ids become names, motions and size bands their labels. */
export type GroupLabeler = (groupBy: KpiGroupBy, group: string | null) => string;

export function createGroupLabeler(options: DashboardOptionsData | undefined): GroupLabeler {
  const teams = new Map(options?.teams.map((team) => [team.id, team.label]));
  const users = new Map(options?.users.map((user) => [user.id, user.name]));

  return (groupBy, group) => {
    if (group === null) return groupBy === 'TEAM' ? labels.sla.noTeam : labels.noValue;
    if (groupBy === 'TEAM') return teams.get(group) ?? group;
    if (groupBy === 'REP') return users.get(group) ?? group;
    if (groupBy === 'MOTION') return strings.motion[group as Motion] ?? group;
    if (groupBy === 'SIZE_BAND') return labels.filters.sizeBands[group] ?? group;

    return group;
  };
}

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Format a KPI period (`YYYY-MM` for a month, `YYYY-MM-DD` for a week's Monday) as words. The period
 * is already in the filter's time zone, so it is formatted as a calendar date without shifting it.
 */
export function formatPeriod(period: string): string {
  if (/^\d{4}-\d{2}$/.test(period)) return monthFormat.format(new Date(`${period}-01T00:00:00Z`));

  return period;
}
