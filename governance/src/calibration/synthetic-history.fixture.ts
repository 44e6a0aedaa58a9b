import type { CalibrationLead } from './calibration-types';
import { logistic } from './logistic-regression';

/** Mulberry32: a small seeded generator, so every run draws the same synthetic history. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticHistoryOptions {
  count: number;
  seed: number;
  /** True acceptance probability of an MQL from its fit and behaviour scores. */
  acceptance: (fitScore: number, behaviourScore: number) => number;
  /** Draws the fit weights a lead matches. Without it leads match none and fit is drawn directly. */
  fitLines?: (random: () => number) => Array<{ matched: string; points: number }>;
}

/**
 * Builds a history in which every lead reached MQL and a rep decided it: accepted with the given
 * probability. Accepted leads reach Opportunity with probability logistic(0.05·(fit − 70)), and the
 * others leave the funnel. Fit is uniform on 0..100 unless `fitLines` sets it; behaviour is uniform.
 */
export function buildSyntheticHistory(options: SyntheticHistoryOptions): CalibrationLead[] {
  const random = seededRandom(options.seed);

  return Array.from({ length: options.count }, (_, index) => {
    const fitLines = options.fitLines?.(random) ?? [];
    const fitScore =
      options.fitLines === undefined
        ? Math.floor(random() * 101)
        : Math.min(100, Math.max(0, fitLines.reduce((sum, line) => sum + line.points, 0)));
    const behaviourScore = Math.floor(random() * 101);
    const accepted = random() < options.acceptance(fitScore, behaviourScore);
    const converted = accepted && random() < logistic(0.05 * (fitScore - 70));

    return {
      id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
      fitScore,
      behaviourScore,
      fitLines,
      reachedMql: true,
      accepted,
      converted,
    };
  });
}
