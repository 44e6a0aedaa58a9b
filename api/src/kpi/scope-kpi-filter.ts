import type { KpiFilter } from '@accord/db';
import { Role } from '@accord/governance';

import type { Caller } from '../auth/caller';
import { AccordError } from '../errors/accord-error';

/** Roles that may read KPIs. */
export const KPI_ROLES = [Role.Admin, Role.MarketingOps, Role.Manager] as const;

/**
 * Returns the filter the caller may run. Admins and marketing ops read every team. A manager reads
 * only their own team, so the team filter is set to it. Naming another team is FORBIDDEN rather than
 * silently replaced, so a dashboard cannot show another team's label over the manager's own figures.
 * Every other role is FORBIDDEN.
 */
export function scopeKpiFilter(caller: Caller, filter: KpiFilter): KpiFilter {
  if (caller.role === Role.Admin || caller.role === Role.MarketingOps) {
    return filter;
  }

  if (caller.role !== Role.Manager) {
    throw AccordError.forbidden('Only admins, marketing ops and managers may read KPIs.');
  }

  if (caller.teamId === null) {
    throw AccordError.forbidden('You manage no team, so there are no KPIs to show. Ask an admin to assign your team.');
  }

  const otherTeams = (filter.teamIds ?? []).filter((teamId) => teamId !== caller.teamId);
  if (otherTeams.length > 0) {
    throw AccordError.forbidden(`Managers read only their own team's KPIs; remove team ${otherTeams[0]} from teamIds or pass ${caller.teamId}.`);
  }

  return { ...filter, teamIds: [caller.teamId] };
}
