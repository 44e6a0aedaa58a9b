import type { BehaviourWeight } from './model';

const MILLISECONDS_PER_DAY = 86_400_000;

/** One engagement event as scoring reads it. */
export interface ScoredEngagementEvent {
  /** Event name, matched exactly against `BehaviourWeight.event`. */
  event: string;
  /** ISO 8601 instant at which the lead engaged. */
  occurredAt: string;
}

/** The events of one name, for the lead's "why this score" view. */
export interface BehaviourScoreLine {
  event: string;
  count: number;
  /** The weight's points times `count`, before decay. */
  points: number;
  /** Points those events still count at the scoring time, rounded to one decimal place. */
  decayedPoints: number;
}

export interface BehaviourScore {
  /** Whole points from 0 to 100. */
  score: number;
  /** One line per weighted event name the lead has, in the order of the weights. */
  breakdown: BehaviourScoreLine[];
}

/**
 * Returns the share of its points an event still counts after `ageDays`: 2^(-age / half-life). A
 * null or absent half-life means no decay, and an event cannot count more than its full points.
 */
export function decayFactor(ageDays: number, halfLifeDays: number | null | undefined): number {
  if (halfLifeDays === null || halfLifeDays === undefined) {
    return 1;
  }

  return Math.pow(2, -Math.max(0, ageDays) / halfLifeDays);
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Scores a lead's engagement at `now`: each event counts its weight's points times the decay factor
 * of its age, and the sum is rounded and clamped to 0..100. Events after `now` have not happened yet
 * at the scoring time and are left out. Events without a weight (for example one the current version
 * no longer weights) score nothing and get no line. Negative weights, such as an unsubscribe, subtract.
 */
export function scoreBehaviour(
  events: readonly ScoredEngagementEvent[],
  weights: readonly BehaviourWeight[],
  halfLifeDays: number | null | undefined,
  now: string | Date,
): BehaviourScore {
  const nowMs = typeof now === 'string' ? Date.parse(now) : now.getTime();
  const totals = new Map<string, { count: number; decayed: number }>();

  for (const item of events) {
    const occurredMs = Date.parse(item.occurredAt);
    const weight = weights.find((candidate) => candidate.event === item.event);
    if (weight === undefined || !(occurredMs <= nowMs)) {
      continue;
    }

    const factor = decayFactor((nowMs - occurredMs) / MILLISECONDS_PER_DAY, halfLifeDays);
    const total = totals.get(item.event) ?? { count: 0, decayed: 0 };
    totals.set(item.event, { count: total.count + 1, decayed: total.decayed + weight.points * factor });
  }

  const breakdown: BehaviourScoreLine[] = [];
  let sum = 0;
  for (const weight of weights) {
    const total = totals.get(weight.event);
    if (total === undefined) {
      continue;
    }

    sum += total.decayed;
    breakdown.push({
      event: weight.event,
      count: total.count,
      points: weight.points * total.count,
      decayedPoints: roundToTenth(total.decayed),
    });
  }

  return { score: Math.min(100, Math.max(0, Math.round(sum))), breakdown };
}
