import { ApiKeyScope } from '@accord/db';
import { Role } from '@accord/governance';

import type { Caller } from './caller';
import { requireScope } from './require-scope';

/** Roles that may send engagement events; partners only on the leads they submitted, which lead visibility enforces. */
const ENGAGEMENT_ROLES: readonly Role[] = [Role.Admin, Role.MarketingOps, Role.Partner];

/**
 * Returns whether the caller's role may record engagement events on the leads it can see, and
 * throws FORBIDDEN for a partner API key without the SUBMIT_LEADS scope. This is the one check
 * `recordEngagement` runs before the lead's visibility.
 */
export function mayRecordEngagement(caller: Caller): boolean {
  if (!ENGAGEMENT_ROLES.includes(caller.role)) {
    return false;
  }
  requireScope(caller, ApiKeyScope.SubmitLeads);

  return true;
}

/** The roles of `mayRecordEngagement`, for the resolver's `@Authorized` list. */
export const RECORD_ENGAGEMENT_ROLES = ENGAGEMENT_ROLES;
