import type { GovernanceModel } from '../model';
import { describeFitWeight } from '../score-fit';
import type { CalibrationChange } from './calibration-types';

function checkThreshold(name: string, value: number | null): void {
  if (value !== null && !(Number.isInteger(value) && value >= 0 && value <= 100)) {
    throw new Error(`${name} ${value} is not a score; set whole points from 0 to 100, or null to keep the current threshold`);
  }
}

/**
 * Returns a copy of `model` with a calibration change applied: the motion's thresholds and the
 * points of the named fit weights. Nothing else changes. Throws when the motion or a weight is not
 * in the model, or a threshold or points value is out of range, naming the value and the fix.
 */
export function applyCalibrationChange(model: GovernanceModel, change: CalibrationChange): GovernanceModel {
  checkThreshold('fitThreshold', change.fitThreshold);
  checkThreshold('intentThreshold', change.intentThreshold);
  if (!model.motions.some((definition) => definition.motion === change.motion)) {
    throw new Error(`motion ${change.motion} is not defined in the governance model; choose one of ${model.motions.map((m) => m.motion).join(', ')}`);
  }

  const known = new Set(model.scoring.fitWeights.map(describeFitWeight));
  const newPoints = new Map<string, number>();
  for (const weightChange of change.fitWeights) {
    if (!known.has(weightChange.weight)) {
      throw new Error(`fitWeights weight ${JSON.stringify(weightChange.weight)} is not a fit weight of the model; use the name the score breakdown shows, such as "industry is \\"Banking\\""`);
    }
    if (!(Number.isInteger(weightChange.to) && Math.abs(weightChange.to) <= 100)) {
      throw new Error(`fitWeights points ${weightChange.to} for ${JSON.stringify(weightChange.weight)} are out of range; set whole points from -100 to 100`);
    }
    newPoints.set(weightChange.weight, weightChange.to);
  }

  return {
    ...model,
    motions: model.motions.map((definition) =>
      definition.motion === change.motion
        ? {
            ...definition,
            fitThreshold: change.fitThreshold ?? definition.fitThreshold,
            intentThreshold: change.intentThreshold ?? definition.intentThreshold,
          }
        : definition,
    ),
    scoring: {
      ...model.scoring,
      fitWeights: model.scoring.fitWeights.map((weight) => {
        const points = newPoints.get(describeFitWeight(weight));

        return points === undefined ? weight : { ...weight, points };
      }),
    },
  };
}
