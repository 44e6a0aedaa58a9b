import { validateGovernanceModel, type FieldProblem, type ModelProblem } from '@accord/governance';

import type { GovernanceFacts } from './governance-facts';
import { checkGovernanceModelShape, hasGovernanceModelShape } from './shape/governance-model.shape';

/**
 * Returns every problem of a JSON value as a governance model: its shape problems when it does not
 * have the model's form (the rules cannot be checked then), else the problems `validateGovernanceModel`
 * finds with the database facts. An empty list means the model may be published.
 */
export function findModelProblems(value: unknown, facts: GovernanceFacts): ModelProblem[] {
  if (!hasGovernanceModelShape(value)) {
    return checkGovernanceModelShape(value);
  }

  return validateGovernanceModel(value, facts);
}

/** Turns model problems into the problems of a BAD_USER_INPUT error, whose `field` is the path in the model. */
export function toFieldProblems(problems: readonly ModelProblem[]): FieldProblem[] {
  return problems.map((problem) => ({ field: problem.path, value: null, message: problem.message }));
}
