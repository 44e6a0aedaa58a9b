import type { FitWeight } from '../model';
import { describeFitWeight } from '../score-fit';
import type { CalibrationLead, FitWeightChange } from './calibration-types';
import { fitLogisticRegression, predictProbability, type LogisticModel } from './logistic-regression';
import { computeAuc, isHeldOut } from './model-quality';

/** Fewest decided leads that must match a weight, and fewest that must not, before its points are re-estimated. */
export const MIN_WEIGHT_SUPPORT = 30;
/** Smallest change in points worth a governance change. */
const MIN_POINT_CHANGE = 5;
/** Two-sided 95% normal quantile: a change is proposed only when it is this many standard errors from the current points. */
const SIGNIFICANT_Z = 1.96;

export interface FitWeightEstimate {
  changes: FitWeightChange[];
  /** Held-out AUC of the weight model; proposals need it above the fit-score model's. */
  heldOutAuc: number | null;
  /** Predicted acceptance of any lead, from the matched weights and the behaviour score. */
  predict: (lead: CalibrationLead) => number;
  /** The lead's fit score with the changed points. */
  rescore: (lead: CalibrationLead) => number;
  notes: string[];
}

/**
 * Estimates what each fit weight is worth in acceptance. A logistic regression on the decided leads
 * uses one 0/1 input per well-supported weight, the points of the other matched weights and the
 * behaviour score. Each weight's coefficient divided by the fit-score model's log-odds per point is
 * the points the data implies for it. A change is proposed where the implied points differ from the
 * current ones by at least 5 points and by at least 1.96 standard errors.
 */
export function estimateFitWeights(
  leads: readonly CalibrationLead[],
  fitWeights: readonly FitWeight[],
  logOddsPerFitPoint: number,
): FitWeightEstimate {
  const decided = leads.filter((lead) => lead.reachedMql && lead.accepted !== null);
  const currentPoints = new Map<string, number>();
  for (const weight of fitWeights) {
    const key = describeFitWeight(weight);
    if (!currentPoints.has(key)) {
      currentPoints.set(key, weight.points);
    }
  }

  const support = new Map<string, number>();
  for (const lead of decided) {
    for (const line of new Set(lead.fitLines.map((fitLine) => fitLine.matched))) {
      support.set(line, (support.get(line) ?? 0) + 1);
    }
  }
  const features = [...currentPoints.keys()].filter((key) => {
    const matched = support.get(key) ?? 0;

    return matched >= MIN_WEIGHT_SUPPORT && decided.length - matched >= MIN_WEIGHT_SUPPORT;
  });

  const inputs = (lead: CalibrationLead): number[] => {
    const matched = new Set(lead.fitLines.map((line) => line.matched));
    const otherPoints = lead.fitLines.filter((line) => !features.includes(line.matched)).reduce((sum, line) => sum + line.points, 0);

    return [...features.map((key) => (matched.has(key) ? 1 : 0)), otherPoints, lead.behaviourScore];
  };

  const training = decided.filter((lead) => !isHeldOut(lead.id));
  const heldOut = decided.filter((lead) => isHeldOut(lead.id));
  const model: LogisticModel = fitLogisticRegression(
    training.map(inputs),
    training.map((lead) => (lead.accepted === true ? 1 : 0)),
  );
  const predict = (lead: CalibrationLead): number => predictProbability(model, inputs(lead));
  const heldOutAuc = computeAuc(
    heldOut.map(predict),
    heldOut.map((lead) => (lead.accepted === true ? 1 : 0)),
  ).auc;

  const changes: FitWeightChange[] = [];
  features.forEach((key, index) => {
    const coefficient = model.coefficients[index] ?? 0;
    const standardError = model.standardErrors[index] ?? Number.POSITIVE_INFINITY;
    const from = currentPoints.get(key) ?? 0;
    const implied = Math.max(-100, Math.min(100, Math.round(coefficient / logOddsPerFitPoint)));
    const z = (coefficient - from * logOddsPerFitPoint) / standardError;
    if (Math.abs(implied - from) >= MIN_POINT_CHANGE && Math.abs(z) >= SIGNIFICANT_Z) {
      changes.push({ weight: key, from, to: implied });
    }
  });

  const newPoints = new Map(changes.map((change) => [change.weight, change.to]));
  const rescore = (lead: CalibrationLead): number => {
    const total = lead.fitLines.reduce((sum, line) => sum + (newPoints.get(line.matched) ?? line.points), 0);

    return Math.min(100, Math.max(0, Math.round(total)));
  };

  const notes =
    features.length === 0
      ? [`No fit weight matched at least ${MIN_WEIGHT_SUPPORT} decided leads (and missed at least as many), so no weight can be re-estimated.`]
      : [];

  return { changes, heldOutAuc, predict, rescore, notes };
}
