import type { CalibrationBandRow, CalibrationLead, ScoreBandRow } from './calibration-types';

/** Bands of ten points: 0–9, 10–19, …, 80–89, and 90–100, so a score of 100 shares the top band. */
export const SCORE_BANDS: ReadonlyArray<{ low: number; high: number }> = Array.from({ length: 10 }, (_, index) => ({
  low: index * 10,
  high: index === 9 ? 100 : index * 10 + 9,
}));

export function bandIndex(score: number): number {
  return Math.min(9, Math.max(0, Math.floor(score / 10)));
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Counts leads, MQLs, decisions and conversions per band of one score: the descriptive conversion table. */
export function tabulateScoreBands(leads: readonly CalibrationLead[], score: (lead: CalibrationLead) => number): ScoreBandRow[] {
  const rows = SCORE_BANDS.map((band) => ({ ...band, leads: 0, mqls: 0, decisions: 0, accepted: 0, resolved: 0, converted: 0 }));

  for (const lead of leads) {
    const row = rows[bandIndex(score(lead))];
    if (row === undefined) {
      continue;
    }
    row.leads += 1;
    row.mqls += lead.reachedMql ? 1 : 0;
    if (lead.reachedMql && lead.accepted !== null) {
      row.decisions += 1;
      row.accepted += lead.accepted ? 1 : 0;
    }
    if (lead.reachedMql && lead.converted !== null) {
      row.resolved += 1;
      row.converted += lead.converted ? 1 : 0;
    }
  }

  return rows.map((row) => ({
    ...row,
    acceptanceRate: rate(row.accepted, row.decisions),
    conversionRate: rate(row.converted, row.resolved),
  }));
}

/** Compares the mean predicted probability with the observed rate per fit-score band. */
export function calibrateByBand(
  scores: readonly number[],
  predictions: readonly number[],
  labels: readonly number[],
): CalibrationBandRow[] {
  const sums = SCORE_BANDS.map((band) => ({ ...band, count: 0, predicted: 0, observed: 0 }));
  scores.forEach((score, index) => {
    const row = sums[bandIndex(score)];
    if (row !== undefined) {
      row.count += 1;
      row.predicted += predictions[index] ?? 0;
      row.observed += labels[index] ?? 0;
    }
  });

  return sums.map((row) => ({
    low: row.low,
    high: row.high,
    count: row.count,
    meanPredicted: rate(row.predicted, row.count),
    observedRate: rate(row.observed, row.count),
  }));
}
