import { SLA_STATES, STAGES, type SlaState, type Stage } from '@accord/portal-kit';
import { TEAM_PATH } from '../routing/app-paths';
import type { TeamFilterValues } from './team-filters';

/** Read the team filters from the query string of the team view; unknown values mean no filter. */
export function readTeamFilters(search: string): TeamFilterValues {
  const parameters = new URLSearchParams(search);
  const stage = parameters.get('stage') ?? '';
  const slaState = parameters.get('slaState') ?? '';

  return {
    stage: STAGES.includes(stage as Stage) ? (stage as Stage) : '',
    slaState: SLA_STATES.includes(slaState as SlaState) ? (slaState as SlaState) : '',
  };
}

/** Build the team view's URL for a set of filters, so a reload or a lead's back link keeps them. */
export function teamPath(filters: TeamFilterValues): string {
  const parameters = new URLSearchParams();
  if (filters.stage !== '') parameters.set('stage', filters.stage);
  if (filters.slaState !== '') parameters.set('slaState', filters.slaState);

  const search = parameters.toString();

  return search === '' ? TEAM_PATH : `${TEAM_PATH}?${search}`;
}
