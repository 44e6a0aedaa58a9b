import type { FitWeight } from '../model';
import { describeFitWeight } from '../score-fit';
import type { CalibrationLead, FitWeightChange } from './calibration-types';
import { fitLogisticRegression, predictProbability, type LogisticModel } from './logistic-regression';
import { computeAuc, isHeldOut } from './model-quality';

/** Minimum decided leads that must match a weight, and minimum that must not, before its points are re-estimated. */
export const MIN_WEIGHT_SUPPORT = 30;
/** Smallest change in points worth a governance change. */
const MIN_POINT_CHANGE = 5;
/** Two-sided 95% normal quantile: a change is proposed only when it is this many standard errors from the current points. */
const SIGNIFICANT_Z = 1.96;
/** Minimum re-estimated weights with positive points before the scale comes from them rather than from the fit-score model. */
const MIN_WEIGHTS_FOR_SCALE = 3;

export interface FitWeightEstimate {
  changes: FitWeightChange[];
  /** Held-out AUC of the weight model; proposals need it above the fit-score model's. */
  heldOutAuc: number | null;
  /** Log-odds per point used to turn coefficients into points. */
  logOddsPerPoint: number;
  /** The source of `logOddsPerPoint`, as a phrase for the explanation. */
  scaleSource: string;
  /** Predicted acceptance of any lead, from the matched weights and the behaviour score. */
  predict: (lead: CalibrationLead) => number;
  /** The lead's fit score with the changed points. */
  rescore: (lead: CalibrationLead) => number;
  notes: string[];
}

/**
 * Estimates what each fit weight is worth in acceptance. A logistic regression on the decided leads
 * uses one 0/1 input per well-supported weight, the points of the other matched weights and the
 * behaviour score. Each weight's coefficient divided by a log-odds-per-point scale is the points the
 * data implies for it. A change is proposed where the implied points differ from the current ones by
 * at least 5 points and by at least 1.96 standard errors.
 *
 * The scale is the median of coefficient / current points over the re-estimated weights with
 * positive points. It assumes most weights are about right, so one badly wrong weight does not move
 * the others. The fit-score model's slope is not used when there are enough weights, because a wrong
 * weight biases it too. With fewer than 3 such weights the scale falls back to `fitScoreLogOddsPerPoint`.
 *
 * NOTE: when every decided lead matches exactly one of a group of weights (every source weighted,
 * say), only the differences between them are identifiable. Their standard errors are then large,
 * so no change is proposed for them.
 */
export function estimateFitWeights(
  leads: readonly CalibrationLead[],
  fitWeights: readonly FitWeight[],
  fitScoreLogOddsPerPoint: number,
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

  const { logOddsPerPoint, scaleSource } = chooseScale(features, currentPoints, model, fitScoreLogOddsPerPoint);
  const changes: FitWeightChange[] = [];
  features.forEach((key, index) => {
    const coefficient = model.coefficients[index] ?? 0;
    const standardError = model.standardErrors[index] ?? Number.POSITIVE_INFINITY;
    const from = currentPoints.get(key) ?? 0;
    const implied = Math.max(-100, Math.min(100, Math.round(coefficient / logOddsPerPoint)));
    const z = (coefficient - from * logOddsPerPoint) / standardError;
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

  return { changes, heldOutAuc, logOddsPerPoint, scaleSource, predict, rescore, notes };
}

function chooseScale(
  features: readonly string[],
  currentPoints: ReadonlyMap<string, number>,
  model: LogisticModel,
  fitScoreLogOddsPerPoint: number,
): { logOddsPerPoint: number; scaleSource: string } {
  const ratios = features
    .map((key, index) => ({ points: currentPoints.get(key) ?? 0, coefficient: model.coefficients[index] ?? 0 }))
    .filter((entry) => entry.points > 0)
    .map((entry) => entry.coefficient / entry.points)
    .sort((left, right) => left - right);
  const middle = Math.floor(ratios.length / 2);
  const median = ratios.length % 2 === 1 ? (ratios[middle] ?? 0) : ((ratios[middle - 1] ?? 0) + (ratios[middle] ?? 0)) / 2;

  if (ratios.length >= MIN_WEIGHTS_FOR_SCALE && median > 0) {
    return { logOddsPerPoint: median, scaleSource: `the median over ${ratios.length} weights` };
  }

  return { logOddsPerPoint: fitScoreLogOddsPerPoint, scaleSource: 'the fit-score model' };
}
