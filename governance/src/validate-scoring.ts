import { isLeadField } from './lead-field';
import type { GovernanceModel, ScoringModel } from './model';
import type { ModelProblem } from './validate-condition';

/** Maximum absolute points of one behaviour event, because one event can at most move a 0 to 100 score from end to end. */
const MAX_EVENT_POINTS = 100;

function checkFitWeights(model: GovernanceModel): ModelProblem[] {
  return model.scoring.fitWeights.flatMap((weight, index): ModelProblem[] => {
    const path = `scoring.fitWeights[${index}]`;
    if (!isLeadField(weight.field) || weight.field === 'fitScore' || weight.field === 'behaviourScore') {
      return [
        {
          path: `${path}.field`,
          message: `${path}.field "${weight.field}" is not a lead field that fit scoring reads`,
        },
      ];
    }
    if (!Number.isFinite(weight.points)) {
      return [
        {
          path: `${path}.points`,
          message: `${path}.points ${weight.points} is not a number; set the points to add, such as 10`,
        },
      ];
    }
    if (weight.min !== undefined && weight.max !== undefined && weight.min > weight.max) {
      return [{ path, message: `${path} has min ${weight.min} above max ${weight.max}; swap them` }];
    }

    return [];
  });
}

function checkBehaviourWeights(scoring: ScoringModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const firstIndexByEvent = new Map<string, number>();

  (scoring.behaviourWeights ?? []).forEach((weight, index) => {
    const path = `scoring.behaviourWeights[${index}]`;

    if (typeof weight.event !== 'string' || weight.event.trim() === '') {
      problems.push({
        path: `${path}.event`,
        message: `${path}.event ${JSON.stringify(weight.event)} is empty; set the event name senders report, such as demo_request`,
      });
    } else {
      const firstIndex = firstIndexByEvent.get(weight.event);
      if (firstIndex === undefined) {
        firstIndexByEvent.set(weight.event, index);
      } else {
        problems.push({
          path: `${path}.event`,
          message: `event "${weight.event}" is already weighted at scoring.behaviourWeights[${firstIndex}]; keep one weight per event`,
        });
      }
    }

    if (!Number.isFinite(weight.points) || Math.abs(weight.points) > MAX_EVENT_POINTS) {
      problems.push({
        path: `${path}.points`,
        message: `${path}.points ${weight.points} is outside -${MAX_EVENT_POINTS} to ${MAX_EVENT_POINTS}; set the points one event adds, such as 15, or subtracts, such as -30`,
      });
    }
  });

  return problems;
}

function checkDecay(scoring: ScoringModel): ModelProblem[] {
  const halfLife = scoring.decayHalfLifeDays;
  if (halfLife === undefined || halfLife === null || (Number.isFinite(halfLife) && halfLife > 0)) {
    return [];
  }

  return [
    {
      path: 'scoring.decayHalfLifeDays',
      message: `scoring.decayHalfLifeDays ${halfLife} is not a number of days above 0; set a half-life such as 30, or null for no decay`,
    },
  ];
}

/** Checks fit weights, behaviour weights and the behaviour decay half-life. */
export function checkScoring(model: GovernanceModel): ModelProblem[] {
  return [...checkFitWeights(model), ...checkBehaviourWeights(model.scoring), ...checkDecay(model.scoring)];
}
