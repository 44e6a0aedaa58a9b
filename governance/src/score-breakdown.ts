import type { ScoringModel } from './model';
import { scoreBehaviour, type BehaviourScore, type BehaviourScoreLine, type ScoredEngagementEvent } from './score-behaviour';
import type { FitScoreLine } from './score-fit';

/**
 * Event name of the line that carries the behaviour score a lead was submitted with. It contains a
 * space, unlike the snake_case names senders report, so it reads apart from real events.
 */
export const SUBMITTED_SCORE_EVENT = 'submitted score';

/** A behaviour line as `leads.score_breakdown` stores it; `kind` marks it apart from a fit line. */
export interface StoredBehaviourLine extends BehaviourScoreLine {
  kind: 'BEHAVIOUR';
}

/**
 * One line of `leads.score_breakdown`. Rows written before behaviour scoring hold fit lines only, and
 * fit lines keep that shape, so every stored row stays readable.
 */
export type ScoreBreakdownLine = FitScoreLine | StoredBehaviourLine;

export interface SplitScoreBreakdown {
  fit: FitScoreLine[];
  behaviour: BehaviourScoreLine[];
}

function isBehaviourLine(line: ScoreBreakdownLine): line is StoredBehaviourLine {
  return 'kind' in line && line.kind === 'BEHAVIOUR';
}

/** Splits a stored breakdown into its fit lines and its behaviour lines. */
export function splitScoreBreakdown(lines: readonly ScoreBreakdownLine[]): SplitScoreBreakdown {
  const fit: FitScoreLine[] = [];
  const behaviour: BehaviourScoreLine[] = [];

  for (const line of lines) {
    if (isBehaviourLine(line)) {
      behaviour.push({ event: line.event, count: line.count, points: line.points, decayedPoints: line.decayedPoints });
    } else {
      fit.push(line);
    }
  }

  return { fit, behaviour };
}

/** Joins fit and behaviour lines into the stored breakdown: fit lines first, in their own shape. */
export function joinScoreBreakdown(fit: readonly FitScoreLine[], behaviour: readonly BehaviourScoreLine[]): ScoreBreakdownLine[] {
  return [...fit, ...behaviour.map((line): StoredBehaviourLine => ({ kind: 'BEHAVIOUR', ...line }))];
}

/** Replaces the fit lines of a stored breakdown and keeps its behaviour lines, for writers that rescore fit only. */
export function replaceFitLines(stored: readonly ScoreBreakdownLine[], fit: readonly FitScoreLine[]): ScoreBreakdownLine[] {
  return joinScoreBreakdown(fit, splitScoreBreakdown(stored).behaviour);
}

/**
 * Returns the behaviour score the lead was submitted with: the points of its stored SUBMITTED_SCORE_EVENT
 * line, or, before any engagement was scored (no behaviour lines yet), the lead's current behaviour score.
 */
export function findSubmittedBehaviourScore(lines: readonly ScoreBreakdownLine[], currentScore: number): number {
  const { behaviour } = splitScoreBreakdown(lines);
  if (behaviour.length === 0) {
    return currentScore;
  }

  return behaviour.find((line) => line.event === SUBMITTED_SCORE_EVENT)?.points ?? 0;
}

/**
 * Scores a lead's engagement at `now`. The score the lead was submitted with (for example an imported
 * "Hot" rating) counts as one more event at its arrival time. So it decays like real engagement and
 * is not lost when the first event arrives.
 */
export function scoreLeadEngagement(params: {
  events: readonly ScoredEngagementEvent[];
  scoring: ScoringModel;
  submittedScore: number;
  arrivedAt: string;
  now: string;
}): BehaviourScore {
  const { events, scoring, submittedScore, arrivedAt, now } = params;
  const weights = [...(scoring.behaviourWeights ?? [])];
  const withSubmitted = [...events];
  if (submittedScore !== 0) {
    weights.push({ event: SUBMITTED_SCORE_EVENT, points: submittedScore });
    // Events may predate the lead's arrival in Accord; the submitted score counts from no later than `now`.
    const countsFrom = Date.parse(arrivedAt) < Date.parse(now) ? arrivedAt : now;
    withSubmitted.push({ event: SUBMITTED_SCORE_EVENT, occurredAt: countsFrom });
  }

  return scoreBehaviour(withSubmitted, weights, scoring.decayHalfLifeDays, now);
}
