import { LeadEntity } from '@accord/db';
import { Role } from '@accord/governance';
import type { DataSource, SelectQueryBuilder } from 'typeorm';

import type { Caller } from './caller';

/**
 * Restricts a lead query to the leads the caller may see: an admin and marketing ops see all, a manager the leads of
 * their team, a rep the leads they own, a partner the leads it submitted. `alias` is the query's
 * alias for the leads table.
 */
export function applyLeadVisibility(query: SelectQueryBuilder<LeadEntity>, caller: Caller, alias = 'lead'): void {
  switch (caller.role) {
    case Role.Admin:
    case Role.MarketingOps:
      return;
    case Role.Manager:
      restrictTo(query, `${alias}.teamId`, caller.teamId);

      return;
    case Role.Rep:
      restrictTo(query, `${alias}.ownerId`, caller.id);

      return;
    case Role.Partner:
      restrictTo(query, `${alias}.partnerId`, caller.partnerId);

      return;
  }
}

/** Returns whether the caller may see the lead, by the same rules as `applyLeadVisibility`. */
export async function isLeadVisibleTo(dataSource: DataSource, caller: Caller, leadId: string): Promise<boolean> {
  const query = dataSource.getRepository(LeadEntity).createQueryBuilder('lead').where('lead.id = :leadId', { leadId });
  applyLeadVisibility(query, caller);

  return query.getExists();
}

function restrictTo(query: SelectQueryBuilder<LeadEntity>, column: string, value: string | null): void {
  if (value === null) {
    query.andWhere('FALSE');

    return;
  }

  query.andWhere(`${column} = :visibleTo`, { visibleTo: value });
}

/**
 * Returns whether the caller's role may act on leads it can see. A rep sees only their own leads and
 * a manager only their team's, so "visible" already means "owner, the team's manager or an admin".
 * Partners and marketing ops read leads but never work them.
 */
export function mayActOnLeads(caller: Caller): boolean {
  return caller.role !== Role.Partner && caller.role !== Role.MarketingOps;
}
