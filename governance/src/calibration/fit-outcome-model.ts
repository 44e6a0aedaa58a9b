import type { CalibrationLead, CalibrationOutcome, OutcomeModelReport } from './calibration-types';
import { fitLogisticRegression, predictProbability, type LogisticModel } from './logistic-regression';
import { computeAuc, isHeldOut } from './model-quality';
import { calibrateByBand } from './score-bands';

/** A fitted score model with its report. */
export interface FittedOutcomeModel {
  model: LogisticModel;
  report: OutcomeModelReport;
}

export function scoreInputs(lead: Pick<CalibrationLead, 'fitScore' | 'behaviourScore'>): number[] {
  return [lead.fitScore, lead.behaviourScore];
}

/**
 * Fits logistic(b0 + b1·fit + b2·behaviour) for one outcome on the training leads and measures it on
 * the held-out fifth (see `isHeldOut`). `label` returns null for leads without that outcome yet.
 */
export function fitOutcomeModel(
  leads: readonly CalibrationLead[],
  outcome: CalibrationOutcome,
  label: (lead: CalibrationLead) => boolean | null,
): FittedOutcomeModel {
  const labelled = leads.flatMap((lead) => {
    const value = label(lead);

    return value === null ? [] : [{ lead, value: value ? 1 : 0 }];
  });
  const training = labelled.filter((entry) => !isHeldOut(entry.lead.id));
  const heldOut = labelled.filter((entry) => isHeldOut(entry.lead.id));

  const model = fitLogisticRegression(
    training.map((entry) => scoreInputs(entry.lead)),
    training.map((entry) => entry.value),
  );
  const predictions = heldOut.map((entry) => predictProbability(model, scoreInputs(entry.lead)));
  const heldOutLabels = heldOut.map((entry) => entry.value);

  return {
    model,
    report: {
      outcome,
      trainingCount: training.length,
      heldOutCount: heldOut.length,
      intercept: model.intercept,
      fitCoefficient: model.coefficients[0] ?? 0,
      fitStandardError: model.standardErrors[0] ?? Number.POSITIVE_INFINITY,
      behaviourCoefficient: model.coefficients[1] ?? 0,
      behaviourStandardError: model.standardErrors[1] ?? Number.POSITIVE_INFINITY,
      auc: computeAuc(predictions, heldOutLabels),
      calibration: calibrateByBand(
        heldOut.map((entry) => entry.lead.fitScore),
        predictions,
        heldOutLabels,
      ),
    },
  };
}
