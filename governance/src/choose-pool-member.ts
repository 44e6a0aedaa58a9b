import { pickRoundRobin, type Ineligibility, type RoundRobinPick } from './choose-route';
import { RoutingFallback, RoutingStrategy, type RoutingPool } from './model';

/** A member that `eligible` may pass over, with the reason shown on the lead's routing explanation. */
export type EligibilityCheck = (memberId: string) => boolean | Ineligibility;

export interface PoolMemberRequest {
  /** The next ticket claimed from the pool's rotation counter, from 1; LOAD_BALANCED ignores it. */
  ticket: number;
  eligible: EligibilityCheck;
  /** Open leads (MQL, SAL, SQL) per member id; a missing member has none. */
  openLoad: Readonly<Record<string, number>>;
}

export interface PoolMemberPick extends RoundRobinPick {
  /** Destination of the lead when no member is eligible, or null when a member was picked. */
  fallback: RoutingFallback | null;
}

export const AT_CAP_REASON = 'at cap';

/** Slots per cycle for a member: the pool's weight when it is a whole number of 1 or more, else 1. */
export function weightOf(weights: Readonly<Record<string, number>> | undefined, memberId: string): number {
  const weight = weights?.[memberId];

  return typeof weight === 'number' && Number.isSafeInteger(weight) && weight >= 1 ? weight : 1;
}

/**
 * Picks the pool member for a weighted ticket. Each member takes `weight` consecutive slots of a cycle,
 * in member order, so with weights 2:1:1 tickets 1 to 4 go to A, A, B, C. A missing or invalid weight
 * counts 1, because `validateGovernanceModel` rejects invalid weights before a model is published.
 * An ineligible member is skipped for the next members in rotation order, as `pickRoundRobin` does.
 */
export function pickWeighted(
  memberIds: readonly string[],
  weights: Readonly<Record<string, number>> | undefined,
  eligible: EligibilityCheck,
  ticket: number,
): RoundRobinPick {
  if (!Number.isSafeInteger(ticket) || ticket < 1) {
    throw new RangeError(`ticket ${ticket} is not a whole number of 1 or more; claim the next ticket from the pool counter`);
  }
  if (memberIds.length === 0) {
    return { memberId: null, skipped: [] };
  }

  const cycleLength = memberIds.reduce((sum, memberId) => sum + weightOf(weights, memberId), 0);
  let slot = (ticket - 1) % cycleLength;
  let firstIndex = 0;
  while (slot >= weightOf(weights, memberIds[firstIndex] as string)) {
    slot -= weightOf(weights, memberIds[firstIndex] as string);
    firstIndex += 1;
  }

  const rotated = [...memberIds.slice(firstIndex), ...memberIds.slice(0, firstIndex)];

  // Ticket 1 over the rotated list starts at its first member, the one that owns the slot.
  return pickRoundRobin(rotated, eligible, 1);
}

/**
 * Picks the eligible member with the fewest open leads; ties go to the earlier member. `skipped`
 * lists the ineligible members tried before the pick, in the order they were tried (load, then
 * member order), so members left out only for a higher load are not listed.
 */
export function pickLeastLoaded(
  memberIds: readonly string[],
  openLoad: Readonly<Record<string, number>>,
  eligible: EligibilityCheck,
): RoundRobinPick {
  const ordered = memberIds
    .map((memberId, index) => ({ memberId, index, load: openLoad[memberId] ?? 0 }))
    .sort((left, right) => left.load - right.load || left.index - right.index);
  const skipped: RoundRobinPick['skipped'] = [];

  for (const { memberId } of ordered) {
    const verdict = eligible(memberId);
    if (verdict === true) {
      return { memberId, skipped };
    }

    skipped.push({ memberId, reason: verdict === false ? 'not eligible' : verdict.reason });
  }

  return { memberId: null, skipped };
}

/**
 * Picks the member of a pool who takes the next lead, with the pool's strategy. A member whose open
 * load has reached `maxOpenLeadsPerRep` is skipped with the reason `at cap`, after the caller's own
 * check. When no member is eligible, `fallback` names the lead's destination, and a pool without a
 * fallback uses TEAM_MANAGER. An unknown strategy routes round robin.
 */
export function choosePoolMember(pool: RoutingPool, request: PoolMemberRequest): PoolMemberPick {
  const cap = pool.maxOpenLeadsPerRep ?? null;
  const eligible: EligibilityCheck = (memberId) => {
    const verdict = request.eligible(memberId);
    if (verdict !== true) {
      return verdict;
    }

    return cap !== null && (request.openLoad[memberId] ?? 0) >= cap ? { reason: AT_CAP_REASON } : true;
  };

  let pick: RoundRobinPick;
  switch (pool.strategy) {
    case RoutingStrategy.Weighted:
      pick = pickWeighted(pool.memberIds, pool.weights, eligible, request.ticket);
      break;
    case RoutingStrategy.LoadBalanced:
      pick = pickLeastLoaded(pool.memberIds, request.openLoad, eligible);
      break;
    default:
      pick = pickRoundRobin(pool.memberIds, eligible, request.ticket);
  }

  return { ...pick, fallback: pick.memberId === null ? (pool.fallback ?? RoutingFallback.TeamManager) : null };
}

/**
 * Counts the leads each member would take from `leadCount` consecutive tickets when every member is
 * eligible and under any cap: an even round-robin split, or shares by weight for WEIGHTED pools.
 * LOAD_BALANCED pools split evenly too, because members who start level and only receive leads stay
 * level. Returns a map from member id to count, in member order; a pool without members yields an
 * empty map.
 */
export function splitTicketsOverPool(pool: RoutingPool, leadCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  const weighted = pool.strategy === RoutingStrategy.Weighted;
  const cycleLength = pool.memberIds.reduce((sum, memberId) => sum + (weighted ? weightOf(pool.weights, memberId) : 1), 0);
  if (cycleLength === 0) {
    return counts;
  }

  const fullCycles = Math.floor(leadCount / cycleLength);
  let remainder = leadCount % cycleLength;

  for (const memberId of pool.memberIds) {
    const slots = weighted ? weightOf(pool.weights, memberId) : 1;
    const extra = Math.min(slots, remainder);
    remainder -= extra;
    counts.set(memberId, (counts.get(memberId) ?? 0) + slots * fullCycles + extra);
  }

  return counts;
}
