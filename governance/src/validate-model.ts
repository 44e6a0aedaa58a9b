import { isLeadField } from './lead-field';
import {
  EscalationAction,
  LEAD_FIELDS,
  Motion,
  ReasonKind,
  Stage,
  type GovernanceModel,
  type SlaPolicy,
  type StageDefinition,
} from './model';
import { validateCalendar } from './validate-calendar';
import { validateCondition, type ModelProblem } from './validate-condition';
import { checkRouting, checkUnique } from './validate-routing';

export type { ModelProblem } from './validate-condition';

/** Reason kinds that rep actions require, so each needs at least one active code. */
const REQUIRED_REASON_KINDS = [ReasonKind.Reject, ReasonKind.Disqualify, ReasonKind.Recycle];

function isNonNegativeInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Reports each value of `values` that is missing from `keys` or appears in it more than once. */
function checkEachOnce(
  keys: readonly unknown[],
  values: readonly string[],
  path: string,
  itemLabel: string,
): ModelProblem[] {
  const problems: ModelProblem[] = [];

  for (const value of values) {
    const count = keys.filter((key) => key === value).length;
    if (count === 0) {
      problems.push({ path, message: `${itemLabel} ${value} is missing; add a definition for it` });
    } else if (count > 1) {
      problems.push({ path, message: `${itemLabel} ${value} is defined ${count} times; keep one definition` });
    }
  }

  return problems;
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
      message: `${path}.targetSeconds ${policy.targetSeconds} is not a whole number of business seconds above 0`,
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
        message: `${stepPath}.delaySeconds ${step.delaySeconds} is not a whole number of 0 or more`,
      });
    }
  });

  return problems;
}

function checkStage(definition: StageDefinition, index: number, model: GovernanceModel): ModelProblem[] {
  const path = `stages[${index}]`;
  const problems: ModelProblem[] = [];

  if (!(Object.values(Stage) as string[]).includes(definition.stage)) {
    problems.push({ path: `${path}.stage`, message: `${path}.stage "${definition.stage}" is not a stage; remove it` });
  }

  definition.requiredFields.forEach((field, fieldIndex) => {
    if (!isLeadField(field)) {
      problems.push({
        path: `${path}.requiredFields[${fieldIndex}]`,
        message: `${path}.requiredFields[${fieldIndex}] "${field}" is not a lead field; use one of ${LEAD_FIELDS.join(', ')}`,
      });
    }
  });
  if (definition.entryCriteria !== null) {
    problems.push(...validateCondition(definition.entryCriteria, `${path}.entryCriteria`));
  }

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

function checkMotions(model: GovernanceModel): ModelProblem[] {
  const problems = checkEachOnce(
    model.motions.map((motion) => motion.motion),
    Object.values(Motion),
    'motions',
    'motion',
  );

  model.motions.forEach((motion, index) => {
    for (const key of ['fitThreshold', 'intentThreshold'] as const) {
      const value = motion[key];
      if (typeof value !== 'number' || !(value >= 0 && value <= 100)) {
        problems.push({
          path: `motions[${index}].${key}`,
          message: `motions[${index}].${key} ${value} is outside 0 to 100 points`,
        });
      }
    }
  });

  return problems;
}

function checkReasonCodes(model: GovernanceModel): ModelProblem[] {
  const problems = checkUnique(
    model.reasonCodes.map((reason) => reason.code),
    'reasonCodes',
    'reason code',
  );

  model.reasonCodes.forEach((reason, index) => {
    if (
      reason.kinds.length === 0 ||
      !reason.kinds.every((kind) => (Object.values(ReasonKind) as string[]).includes(kind))
    ) {
      problems.push({
        path: `reasonCodes[${index}].kinds`,
        message: `reason code "${reason.code}" needs one or more known kinds; use ${Object.values(ReasonKind).join(', ')}`,
      });
    }
  });
  for (const kind of REQUIRED_REASON_KINDS) {
    if (!model.reasonCodes.some((reason) => reason.active && reason.kinds.includes(kind))) {
      problems.push({ path: 'reasonCodes', message: `no active reason code allows ${kind}; add or reactivate one` });
    }
  }

  return problems;
}

function checkScoring(model: GovernanceModel): ModelProblem[] {
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

/** Facts from outside the model that some checks need; a check whose fact is absent is skipped. */
export interface ModelValidationFacts {
  /** Ids of users who are active; pool members not listed count as inactive. */
  activeUserIds?: readonly string[];
  /** Reason codes that open leads or rules still use, so the model must keep them (retired is fine). */
  reasonCodesInUse?: readonly string[];
}

/**
 * Checks a governance model before it is published and returns every problem with its path, so an
 * empty list means the model is valid. Covers stages, SLAs and their calendars, motions, routing,
 * reason codes and scoring, and the field names inside every condition.
 */
export function validateGovernanceModel(model: GovernanceModel, facts: ModelValidationFacts = {}): ModelProblem[] {
  void facts;

  const calendarProblems = Object.entries(model.calendars).flatMap(([key, calendar]) =>
    validateCalendar(calendar).map((problem) => ({
      path: `calendars.${key}.${problem.field}`,
      message: problem.message,
    })),
  );

  return [
    ...checkEachOnce(
      model.stages.map((definition) => definition.stage),
      Object.values(Stage),
      'stages',
      'stage',
    ),
    ...model.stages.flatMap((definition, index) => checkStage(definition, index, model)),
    ...calendarProblems,
    ...checkMotions(model),
    ...checkRouting(model),
    ...checkReasonCodes(model),
    ...checkScoring(model),
  ];
}
