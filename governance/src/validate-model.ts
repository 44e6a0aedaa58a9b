import { CLOSED_OUTCOME_STAGES, Motion, ReasonKind, Stage, type GovernanceModel } from './model';
import { normalizeCountry } from './normalize-country';
import { validateCalendar } from './validate-calendar';
import type { ModelProblem } from './validate-condition';
import { checkRouting, checkUnique } from './validate-routing';
import { checkScoring } from './validate-scoring';
import { checkStage, checkStageChain } from './validate-stages';

export type { ModelProblem } from './validate-condition';

/** Facts from outside the model that some checks need; a check whose fact is absent is skipped. */
export interface ModelValidationFacts {
  /** Ids of users who are active; pool members not listed count as inactive. */
  activeUserIds?: readonly string[];
  /** Reason codes that open leads or rules still use, so the model must keep them (retired is fine). */
  reasonCodesInUse?: readonly string[];
}

/** Reason kinds that rep actions require, so each needs at least one active code. */
const REQUIRED_REASON_KINDS = [ReasonKind.Reject, ReasonKind.Disqualify, ReasonKind.Recycle, ReasonKind.Lost];

/** Reports each value of `values` that is missing from `keys` or appears in it more than once. */
function checkEachOnce(keys: readonly unknown[], values: readonly string[], path: string, itemLabel: string): ModelProblem[] {
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
          message: `motions[${index}].${key} ${value} is outside 0 to 100 points; set a threshold from 0 to 100`,
        });
      }
    }
  });

  return problems;
}

function checkReasonCodes(model: GovernanceModel, reasonCodesInUse: readonly string[]): ModelProblem[] {
  const codes = model.reasonCodes.map((reason) => reason.code);
  const problems = checkUnique(codes, 'reasonCodes', 'reason code');

  model.reasonCodes.forEach((reason, index) => {
    if (reason.kinds.length === 0 || !reason.kinds.every((kind) => (Object.values(ReasonKind) as string[]).includes(kind))) {
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

  // Retiring a code in use is fine because it stays readable, but removing it would orphan the leads that cite it.
  for (const code of new Set(reasonCodesInUse)) {
    if (!codes.includes(code)) {
      problems.push({
        path: 'reasonCodes',
        message: `reason code ${code} is missing but open leads or rules still use it; restore it and set active to false to retire it instead`,
      });
    }
  }

  return problems;
}

/**
 * Reports each consent entry that `normalizeCountry` does not recognise. Such an entry matches no
 * lead, so consent would silently not be required there.
 */
function checkConsentCountries(model: GovernanceModel): ModelProblem[] {
  return model.consentRequiredCountries.flatMap((entry, index) =>
    normalizeCountry(entry) === null
      ? [
          {
            path: `consentRequiredCountries[${index}]`,
            message: `consentRequiredCountries[${index}] "${entry}" is not a known country; use an ISO 3166-1 alpha-2 code such as DE`,
          },
        ]
      : [],
  );
}

/**
 * Checks a governance model before it is published and returns every problem with its path, so an
 * empty list means the model is valid. Covers the stage chain, each stage's owner, criteria and
 * SLAs, calendars, motions, routing, reason codes, scoring and consent countries. `facts` adds the
 * checks that need data from outside the model: pools without an active member and removed reason
 * codes still in use.
 */
export function validateGovernanceModel(model: GovernanceModel, facts: ModelValidationFacts = {}): ModelProblem[] {
  const calendarProblems = Object.entries(model.calendars).flatMap(([key, calendar]) =>
    validateCalendar(calendar).map((problem) => ({
      path: `calendars.${key}.${problem.field}`,
      message: problem.message,
    })),
  );

  // WON and LOST may be absent: models written before they existed use their defaults (see findStageDefinition).
  const definedStages: readonly string[] = model.stages.map((definition) => definition.stage);
  const requiredStages = Object.values(Stage).filter(
    (stage) => !CLOSED_OUTCOME_STAGES.includes(stage) || definedStages.includes(stage),
  );

  return [
    ...checkEachOnce(definedStages, requiredStages, 'stages', 'stage'),
    ...checkStageChain(model),
    ...model.stages.flatMap((definition, index) => checkStage(definition, index, model)),
    ...calendarProblems,
    ...checkMotions(model),
    ...checkRouting(model, facts.activeUserIds),
    ...checkReasonCodes(model, facts.reasonCodesInUse ?? []),
    ...checkScoring(model),
    ...checkConsentCountries(model),
  ];
}
