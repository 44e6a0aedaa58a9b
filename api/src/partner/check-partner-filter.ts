import { Role } from '@accord/governance';

import type { Caller } from '../auth/caller';
import { AccordError } from '../errors/accord-error';
import type { LeadFilter } from '../lead/lead-connection.types';

/**
 * Rejects the lead filters that would let a partner probe fields it may not read: the owner, the
 * SLA state and a text search over names and e-mail addresses. Partners may filter by stage and motion.
 */
export function checkPartnerFilter(caller: Caller, filter: LeadFilter | null): void {
  if (caller.role !== Role.Partner || filter === null) {
    return;
  }

  const closedFilters = [
    filter.ownerId != null ? 'ownerId' : null,
    (filter.slaState?.length ?? 0) > 0 ? 'slaState' : null,
    filter.search != null && filter.search !== '' ? 'search' : null,
  ].filter((name): name is string => name !== null);

  if (closedFilters.length > 0) {
    throw AccordError.forbidden(
      `Partners may not filter leads by ${closedFilters.join(', ')}; filter by stage or motion, or leave the filter out.`,
    );
  }
}
