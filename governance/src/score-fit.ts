import { valuesEqual } from './evaluate-condition';
import { describeField, isValuePresent } from './lead-field';
import type { FitWeight, LeadField, ScoringModel, UnscoredLeadAttributes } from './model';

/** One weight that matched, for the lead's "why this score" view. */
export interface FitScoreLine {
  field: FitWeight['field'];
  /** The weight in words, such as `industry is "Banking"` or `employee count 200 to 999`. */
  matched: string;
  points: number;
}

export interface FitScore {
  /** Whole points from 0 to 100. */
  score: number;
  breakdown: FitScoreLine[];
}

/**
 * Returns whether a lead value meets a weight. `equals` and the inclusive `min`/`max` range must all
 * hold when several are set; a weight with none of them matches any present value.
 */
export function matchesFitWeight(value: unknown, weight: FitWeight): boolean {
  if (!isValuePresent(value)) {
    return false;
  }
  if (weight.equals !== undefined && !valuesEqual(value, weight.equals)) {
    return false;
  }

  const hasRange = weight.min !== undefined || weight.max !== undefined;
  if (!hasRange) {
    return true;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return false;
  }

  return (weight.min === undefined || value >= weight.min) && (weight.max === undefined || value <= weight.max);
}

export function describeFitWeight(weight: FitWeight): string {
  const field = describeField(weight.field);
  const parts: string[] = [];

  if (weight.equals !== undefined) {
    parts.push(`is ${typeof weight.equals === 'string' ? JSON.stringify(weight.equals) : String(weight.equals)}`);
  }
  if (weight.min !== undefined && weight.max !== undefined) {
    parts.push(`${weight.min} to ${weight.max}`);
  } else if (weight.min !== undefined) {
    parts.push(`≥ ${weight.min}`);
  } else if (weight.max !== undefined) {
    parts.push(`≤ ${weight.max}`);
  }

  return parts.length === 0 ? `${field} is present` : `${field} ${parts.join(' and ')}`;
}

/**
 * Scores how well a lead fits the ideal-customer profile: the sum of the points of every matching
 * weight, rounded and clamped to 0..100. Negative weights are allowed and subtract points.
 */
export function scoreFit(lead: UnscoredLeadAttributes, scoring: ScoringModel): FitScore {
  // Weights on fitScore or behaviourScore never match, because an unscored lead has no such values.
  const values: Partial<Record<LeadField, unknown>> = lead;
  const breakdown = scoring.fitWeights
    .filter((weight) => matchesFitWeight(values[weight.field], weight))
    .map((weight) => ({ field: weight.field, matched: describeFitWeight(weight), points: weight.points }));

  const total = breakdown.reduce((sum, line) => sum + line.points, 0);

  return { score: Math.min(100, Math.max(0, Math.round(total))), breakdown };
}
