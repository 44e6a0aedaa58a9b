import { Role } from '@accord/governance';

import type { Caller } from './caller';

/** Roles that may send engagement events; partners only on the leads they submitted, which lead visibility enforces. */
const ENGAGEMENT_ROLES: readonly Role[] = [Role.Admin, Role.MarketingOps, Role.Partner];

/**
 * Returns whether the caller may record engagement events on the leads it can see. This is the one
 * check `recordEngagement` runs before the lead's visibility.
 *
 * NOTE: callers are signed-in users only. A partner API key should pass here only when it carries the
 * SUBMIT_LEADS scope; add that test here when API keys reach the `Caller`.
 */
export function mayRecordEngagement(caller: Caller): boolean {
  return ENGAGEMENT_ROLES.includes(caller.role);
}

/** The roles of `mayRecordEngagement`, for the resolver's `@Authorized` list. */
export const RECORD_ENGAGEMENT_ROLES = ENGAGEMENT_ROLES;
