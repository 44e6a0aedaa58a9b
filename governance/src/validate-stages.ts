import { describeCondition, fieldValuesEqual } from './evaluate-condition';
import { isLeadField } from './lead-field';
import {
  EscalationAction,
  FORWARD_STAGES,
  LEAD_FIELDS,
  Motion,
  Stage,
  type Condition,
  type GovernanceModel,
  type SlaPolicy,
  type StageDefinition,
} from './model';
import { validateCondition, type ModelProblem } from './validate-condition';

const SCORE_FIELDS: readonly string[] = ['fitScore', 'behaviourScore'];
const MAX_SCORE = 100;

function isNonNegativeInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function checkSla(policy: SlaPolicy, path: string, model: GovernanceModel): ModelProblem[] {
  const problems: ModelProblem[] = [];

  if (!(policy.calendarKey in model.calendars)) {
    const known = Object.keys(model.calendars).join(', ') || 'none';
    problems.push({
      path: `${path}.calendarKey`,
      message: `${path}.calendarKey "${policy.calendarKey}" names no calendar; use one of: ${known}`,
    });
  }
  if (!isNonNegativeInteger(policy.targetSeconds) || policy.targetSeconds === 0) {
    problems.push({
      path: `${path}.targetSeconds`,
      message: `${path}.targetSeconds ${policy.targetSeconds} is not a whole number of business seconds above 0; set the target, such as 3600 for one business hour`,
    });
  }
  if (!Number.isInteger(policy.warnPercent) || policy.warnPercent < 1 || policy.warnPercent > 99) {
    problems.push({
      path: `${path}.warnPercent`,
      message: `${path}.warnPercent ${policy.warnPercent} is outside 1 to 99; set the percent of the target at which to warn`,
    });
  }
  policy.escalation.forEach((step, index) => {
    const stepPath = `${path}.escalation[${index}]`;
    if (!(Object.values(EscalationAction) as string[]).includes(step.action)) {
      problems.push({
        path: `${stepPath}.action`,
        message: `${stepPath}.action "${step.action}" is not an escalation action; use one of ${Object.values(EscalationAction).join(', ')}`,
      });
    }
    if (!isNonNegativeInteger(step.delaySeconds)) {
      problems.push({
        path: `${stepPath}.delaySeconds`,
        message: `${stepPath}.delaySeconds ${step.delaySeconds} is not a whole number of 0 or more; set the business seconds to wait, or 0 to run the step at once`,
      });
    }
  });

  return problems;
}

/** A criterion that no lead can meet, at the path of the node that decides it. */
interface ImpossibleCriterion {
  path: string;
  reason: string;
}

function findImpossibleScoreBound(condition: Condition, path: string): ImpossibleCriterion | null {
  if (!('field' in condition) || !SCORE_FIELDS.includes(condition.field) || !('value' in condition)) {
    return null;
  }

  const value = condition.value;
  if (typeof value !== 'number') {
    return null;
  }

  const aboveMax = (condition.op === 'gte' && value > MAX_SCORE) || (condition.op === 'gt' && value >= MAX_SCORE);
  const belowMin = (condition.op === 'lte' && value < 0) || (condition.op === 'lt' && value <= 0);
  if (!aboveMax && !belowMin) {
    return null;
  }

  const fix = aboveMax ? `lower ${path}.value to ${MAX_SCORE} or less` : `raise ${path}.value to 0 or more`;

  return {
    path: `${path}.value`,
    reason: `${describeCondition(condition)} never holds because scores run from 0 to ${MAX_SCORE} points; ${fix}`,
  };
}

/** Finds two `eq` criteria on the same field with different values among the children of one `all`. */
function findContradictoryEquals(children: readonly Condition[], path: string): ImpossibleCriterion | null {
  for (let later = 1; later < children.length; later += 1) {
    const second = children[later] as Condition;
    if (!('field' in second) || second.op !== 'eq') {
      continue;
    }

    for (let earlier = 0; earlier < later; earlier += 1) {
      const first = children[earlier] as Condition;
      if ('field' in first && first.op === 'eq' && first.field === second.field && !fieldValuesEqual(first.field, first.value, second.value)) {
        return {
          path: `${path}[${later}]`,
          reason: `${describeCondition(first)} and ${describeCondition(second)} never hold together; remove one of them or join them with any`,
        };
      }
    }
  }

  return null;
}

/**
 * Finds a criterion that makes the whole tree false for every lead: a score bound outside 0 to 100,
 * an empty `any`, or contradictory `eq` criteria in one `all`. Returns null when none is found,
 * which does not prove that some lead can meet the tree, because `not` and mixed groups go unchecked.
 */
export function findImpossibleCriterion(condition: Condition, path: string): ImpossibleCriterion | null {
  if ('all' in condition) {
    for (const [index, child] of condition.all.entries()) {
      const found = findImpossibleCriterion(child, `${path}.all[${index}]`);
      if (found !== null) {
        return found;
      }
    }

    return findContradictoryEquals(condition.all, `${path}.all`);
  }
  if ('any' in condition) {
    if (condition.any.length === 0) {
      return { path: `${path}.any`, reason: 'an empty any never holds; add a criterion or use an empty all, which always holds' };
    }

    const found = condition.any.map((child, index) => findImpossibleCriterion(child, `${path}.any[${index}]`));

    return found.every((entry) => entry !== null) ? found[0] : null;
  }
  if ('not' in condition) {
    return null;
  }

  return findImpossibleScoreBound(condition, path);
}

function checkOwner(definition: StageDefinition, path: string): ModelProblem[] {
  if (typeof definition.ownerTeam === 'string' && definition.ownerTeam.trim() !== '') {
    return [];
  }

  return [
    {
      path: `${path}.ownerTeam`,
      message: `stage ${definition.stage} has no owner team; set ownerTeam to the team accountable for the stage, such as Marketing`,
    },
  ];
}

function checkCriteria(definition: StageDefinition, path: string): ModelProblem[] {
  if (definition.entryCriteria === null) {
    return [];
  }

  const shapeProblems = validateCondition(definition.entryCriteria, `${path}.entryCriteria`);
  if (shapeProblems.length > 0) {
    return shapeProblems;
  }

  const impossible = findImpossibleCriterion(definition.entryCriteria, `${path}.entryCriteria`);
  if (impossible === null) {
    return [];
  }

  return [{ path: impossible.path, message: `stage ${definition.stage} cannot be reached: ${impossible.reason}` }];
}

/** Checks one stage definition: its stage name, owner, required fields, entry criteria and SLA policies. */
export function checkStage(definition: StageDefinition, index: number, model: GovernanceModel): ModelProblem[] {
  const path = `stages[${index}]`;
  const problems: ModelProblem[] = [];

  if (!(Object.values(Stage) as string[]).includes(definition.stage)) {
    problems.push({ path: `${path}.stage`, message: `${path}.stage "${definition.stage}" is not a stage; remove it` });
  }

  problems.push(...checkOwner(definition, path));

  definition.requiredFields.forEach((field, fieldIndex) => {
    if (!isLeadField(field)) {
      problems.push({
        path: `${path}.requiredFields[${fieldIndex}]`,
        message: `${path}.requiredFields[${fieldIndex}] "${field}" is not a lead field; use one of ${LEAD_FIELDS.join(', ')}`,
      });
    }
  });
  problems.push(...checkCriteria(definition, path));

  for (const [key, policy] of Object.entries(definition.sla)) {
    if (key !== 'default' && !(Object.values(Motion) as string[]).includes(key)) {
      problems.push({
        path: `${path}.sla.${key}`,
        message: `${path}.sla.${key} names no motion; use default or a motion`,
      });
    } else if (policy !== null && policy !== undefined) {
      problems.push(...checkSla(policy, `${path}.sla.${key}`, model));
    }
  }

  return problems;
}

/**
 * Checks the forward chain LEAD → MQL → SAL → SQL → OPPORTUNITY. A lead enters each forward stage
 * from the one before it, so a stage after a missing one cannot be reached, and forward stages need
 * increasing `order` values for the funnel to read in sequence.
 */
export function checkStageChain(model: GovernanceModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  let firstMissing: Stage | null = null;
  let previous: { stage: Stage; order: number } | null = null;

  for (const stage of FORWARD_STAGES) {
    const index = model.stages.findIndex((definition) => definition.stage === stage);
    const definition = model.stages[index];
    if (definition === undefined) {
      firstMissing ??= stage;
      continue;
    }

    if (firstMissing !== null) {
      problems.push({
        path: `stages[${index}]`,
        message: `stage ${stage} cannot be reached because stage ${firstMissing} before it is missing; add a definition for ${firstMissing}`,
      });
    }
    if (previous !== null && !(definition.order > previous.order)) {
      problems.push({
        path: `stages[${index}].order`,
        message: `stages[${index}].order ${definition.order} is not after ${previous.stage} (order ${previous.order}); give ${stage} an order above ${previous.order}`,
      });
    }

    previous = { stage, order: definition.order };
  }

  return problems;
}
