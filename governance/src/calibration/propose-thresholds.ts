import type { CalibrationLead } from './calibration-types';

/** Whole-point scores 0..100 on each axis. */
const GRID = 101;

/** Per-lead predictions the threshold search works on. */
export interface ThresholdSearchLead {
  lead: CalibrationLead;
  acceptance: number;
  conversion: number | null;
}

export interface ThresholdChoice {
  fitThreshold: number;
  intentThreshold: number;
}

/** Counts and predicted rates of the leads at or above a pair of thresholds. */
export interface ThresholdRegion {
  mqlCount: number;
  predictedAcceptanceRate: number | null;
  predictedConversionRate: number | null;
  /** Leads in the region that never reached MQL. */
  neverMql: number;
}

function clampScore(score: number): number {
  return Math.min(GRID - 1, Math.max(0, Math.round(score)));
}

/** Scores are whole points, so a threshold such as 62.5 admits the same leads as 63. */
function thresholdIndex(threshold: number): number {
  return Math.min(GRID - 1, Math.max(0, Math.ceil(threshold)));
}

/**
 * Returns the leads, predicted acceptances and predicted conversions at or above each pair of
 * thresholds as 2-D suffix sums over a 101 × 101 grid, so every pair costs O(1) after one pass.
 */
export class ThresholdGrid {
  private readonly count = new Float64Array(GRID * GRID);
  private readonly acceptance = new Float64Array(GRID * GRID);
  private readonly conversion = new Float64Array(GRID * GRID);
  private readonly neverMql = new Float64Array(GRID * GRID);
  readonly hasConversion: boolean;

  constructor(leads: readonly ThresholdSearchLead[]) {
    this.hasConversion = leads.every((entry) => entry.conversion !== null);
    for (const entry of leads) {
      const cell = clampScore(entry.lead.fitScore) * GRID + clampScore(entry.lead.behaviourScore);
      this.count[cell] = (this.count[cell] ?? 0) + 1;
      this.acceptance[cell] = (this.acceptance[cell] ?? 0) + entry.acceptance;
      this.conversion[cell] = (this.conversion[cell] ?? 0) + (entry.conversion ?? 0);
      this.neverMql[cell] = (this.neverMql[cell] ?? 0) + (entry.lead.reachedMql ? 0 : 1);
    }
    for (const grid of [this.count, this.acceptance, this.conversion, this.neverMql]) {
      accumulateSuffix(grid);
    }
  }

  region(fitThreshold: number, intentThreshold: number): ThresholdRegion {
    const cell = thresholdIndex(fitThreshold) * GRID + thresholdIndex(intentThreshold);
    const mqlCount = this.count[cell] ?? 0;

    return {
      mqlCount,
      predictedAcceptanceRate: mqlCount === 0 ? null : (this.acceptance[cell] ?? 0) / mqlCount,
      predictedConversionRate: mqlCount === 0 || !this.hasConversion ? null : (this.conversion[cell] ?? 0) / mqlCount,
      neverMql: this.neverMql[cell] ?? 0,
    };
  }

  /**
   * Chooses the thresholds that maximise Σ (p − target) over the leads at or above them, where p is
   * each lead's predicted acceptance. A lead adds to the sum exactly when it is more likely than
   * `target` to be accepted. With target 0.5 the rules therefore admit the leads that sales is
   * predicted to accept more often than reject, as far as two thresholds can. Axes listed in `fixed` keep the
   * given value. Ties go to the pair closest to `current`, so an empty stretch of scores moves nothing.
   */
  chooseThresholds(target: number, current: ThresholdChoice, fixed: { fit: boolean; intent: boolean }): ThresholdChoice {
    const fitRange = fixed.fit ? [thresholdIndex(current.fitThreshold)] : range(GRID);
    const intentRange = fixed.intent ? [thresholdIndex(current.intentThreshold)] : range(GRID);
    let best = { ...current, value: Number.NEGATIVE_INFINITY, distance: Number.POSITIVE_INFINITY };

    for (const fitThreshold of fitRange) {
      for (const intentThreshold of intentRange) {
        const cell = fitThreshold * GRID + intentThreshold;
        const value = (this.acceptance[cell] ?? 0) - target * (this.count[cell] ?? 0);
        const distance = Math.abs(fitThreshold - current.fitThreshold) + Math.abs(intentThreshold - current.intentThreshold);
        // Sums of many floats differ in the last bits, so values this close count as a tie.
        const epsilon = 1e-9;
        if (value > best.value + epsilon || (Math.abs(value - best.value) <= epsilon && distance < best.distance)) {
          best = { fitThreshold, intentThreshold, value, distance };
        }
      }
    }

    return { fitThreshold: best.fitThreshold, intentThreshold: best.intentThreshold };
  }
}

function range(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}

/** Turns cell sums into sums over every cell at or above it on both axes. */
function accumulateSuffix(grid: Float64Array): void {
  for (let fit = GRID - 1; fit >= 0; fit -= 1) {
    for (let intent = GRID - 1; intent >= 0; intent -= 1) {
      const above = fit + 1 < GRID ? (grid[(fit + 1) * GRID + intent] ?? 0) : 0;
      const right = intent + 1 < GRID ? (grid[fit * GRID + intent + 1] ?? 0) : 0;
      const corner = fit + 1 < GRID && intent + 1 < GRID ? (grid[(fit + 1) * GRID + intent + 1] ?? 0) : 0;
      grid[fit * GRID + intent] = (grid[fit * GRID + intent] ?? 0) + above + right - corner;
    }
  }
}
