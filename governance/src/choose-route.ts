import { evaluateCondition } from './evaluate-condition';
import type { LeadAttributes, MotionDefinition, RoutingRule } from './model';

export interface RoutingTraceEntry {
  ruleKey: string;
  matched: boolean;
}

export interface RoutingChoice {
  rule: RoutingRule | null;
  /** The rules tried, in order, up to and including the one that matched. */
  trace: RoutingTraceEntry[];
}

/**
 * Picks the first routing rule whose condition matches the lead; a rule without a condition matches
 * every lead. The trace lets the lead's page explain why earlier rules did not apply.
 */
export function chooseRoutingRule(
  lead: LeadAttributes,
  rules: readonly RoutingRule[],
  motions: readonly MotionDefinition[],
): RoutingChoice {
  const motion = motions.find((candidate) => candidate.motion === lead.motion) ?? null;
  const trace: RoutingTraceEntry[] = [];

  for (const rule of rules) {
    const matched = rule.condition === null || evaluateCondition(rule.condition, lead, motion);
    trace.push({ ruleKey: rule.key, matched });

    if (matched) {
      return { rule, trace };
    }
  }

  return { rule: null, trace };
}

/** The reason a member was passed over, for example `out of office` or `at capacity`. */
export interface Ineligibility {
  reason: string;
}

export interface RoundRobinPick {
  memberId: string | null;
  skipped: Array<{ memberId: string; reason: string }>;
}

const DEFAULT_SKIP_REASON = 'not eligible';

/**
 * Picks the pool member for a round-robin ticket. Tickets are claimed atomically from the database and
 * increase by one per assignment, so ticket 1 goes to the first member and ticket n to member
 * (n - 1) mod size. `eligible` returns true for a member who may take the lead. It returns false, or
 * an Ineligibility with the reason, for a member to skip in rotation order. Returns a null member when
 * no member is eligible.
 */
export function pickRoundRobin(
  memberIds: readonly string[],
  eligible: (memberId: string) => boolean | Ineligibility,
  ticket: number,
): RoundRobinPick {
  if (!Number.isSafeInteger(ticket) || ticket < 1) {
    throw new RangeError(
      `ticket ${ticket} is not a whole number of 1 or more; claim the next ticket from the pool counter`,
    );
  }

  const skipped: RoundRobinPick['skipped'] = [];
  const firstIndex = (ticket - 1) % Math.max(memberIds.length, 1);

  // NOTE: a skip does not shift later tickets, so the member after a skipped one can take two leads in a row.
  for (let offset = 0; offset < memberIds.length; offset += 1) {
    const memberId = memberIds[(firstIndex + offset) % memberIds.length] as string;
    const verdict = eligible(memberId);

    if (verdict === true) {
      return { memberId, skipped };
    }

    skipped.push({ memberId, reason: verdict === false ? DEFAULT_SKIP_REASON : verdict.reason });
  }

  return { memberId: null, skipped };
}
