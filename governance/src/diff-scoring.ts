import type { GovernanceDiffEntry } from './diff-governance-models';
import { describeChange, pairByKey, pairPath, type KeyedPair } from './diff-helpers';
import type { GovernanceModel } from './model';
import { describeFitWeight } from './score-fit';

function points(value: number): string {
  return `${value} points`;
}

function diffWeights<T extends { points: number }>(pairs: Array<KeyedPair<T>>, listPath: string, subject: string): GovernanceDiffEntry[] {
  return pairs.flatMap((pair) => {
    const path = pairPath(listPath, pair);
    if (pair.before === null) {
      return [{ path, description: `${subject} ${pair.key} added`, before: null, after: points((pair.after as T).points) }];
    }
    if (pair.after === null) {
      return [{ path, description: `${subject} ${pair.key} removed`, before: points(pair.before.points), after: null }];
    }

    return describeChange(`${path}.points`, `${subject} ${pair.key}`, points(pair.before.points), points(pair.after.points));
  });
}

function describeHalfLife(days: number | null | undefined): string {
  return days === null || days === undefined ? 'no decay' : `${days} days`;
}

/**
 * Lists the changes to scoring: fit weights matched by their criteria (field, value, range),
 * behaviour weights matched by event, and the decay half-life.
 */
export function diffScoring(before: GovernanceModel, after: GovernanceModel): GovernanceDiffEntry[] {
  return [
    ...diffWeights(pairByKey(before.scoring.fitWeights, after.scoring.fitWeights, describeFitWeight), 'scoring.fitWeights', 'Fit weight'),
    ...diffWeights(
      pairByKey(before.scoring.behaviourWeights ?? [], after.scoring.behaviourWeights ?? [], (weight) => weight.event),
      'scoring.behaviourWeights',
      'Behaviour weight',
    ),
    ...describeChange(
      'scoring.decayHalfLifeDays',
      'Behaviour score half-life',
      describeHalfLife(before.scoring.decayHalfLifeDays),
      describeHalfLife(after.scoring.decayHalfLifeDays),
    ),
  ];
}
