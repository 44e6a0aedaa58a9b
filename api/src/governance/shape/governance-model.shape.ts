import { Motion, type BusinessCalendar, type GovernanceModel, type ModelProblem } from '@accord/governance';

import { checkJsonShape, shape, type JsonShape } from './check-json-shape';

/**
 * The JSON form of a governance model, as `GovernanceModel` in @accord/governance declares it.
 * Only the top level is closed: nested objects may carry keys that a newer model adds. Conditions
 * are plain objects here because `validateGovernanceModel` checks their content.
 */
const calendarFields = {
  timeZone: shape.string,
  hours: shape.array(shape.fields({ day: shape.number, start: shape.string, end: shape.string })),
  holidays: shape.array(shape.string),
};

const slaPolicy = shape.fields({
  targetSeconds: shape.number,
  warnPercent: shape.number,
  calendarKey: shape.string,
  escalation: shape.array(shape.fields({ action: shape.string, delaySeconds: shape.number })),
});

const stageDefinition = shape.fields({
  stage: shape.string,
  label: shape.string,
  order: shape.number,
  description: shape.string,
  entryCriteria: shape.nullable(shape.object),
  requiredFields: shape.array(shape.string),
  ownerTeam: shape.string,
  primaryKpi: shape.string,
  sla: shape.fields({ default: shape.nullable(slaPolicy) }, Object.fromEntries(Object.values(Motion).map((motion) => [motion, slaPolicy]))),
});

const modelFields = {
  stages: shape.array(stageDefinition),
  reasonCodes: shape.array(
    shape.fields({
      code: shape.string,
      label: shape.string,
      kinds: shape.array(shape.string),
      noteRequired: shape.boolean,
      active: shape.boolean,
    }),
  ),
  motions: shape.array(
    shape.fields({ motion: shape.string, label: shape.string, fitThreshold: shape.number, intentThreshold: shape.number }),
  ),
  calendars: shape.record(shape.fields(calendarFields)),
  teams: shape.array(shape.fields({ key: shape.string, label: shape.string })),
  routingPools: shape.array(
    shape.fields(
      { key: shape.string, label: shape.string, teamKey: shape.string, memberIds: shape.array(shape.string), strategy: shape.string },
      { weights: shape.record(shape.number), maxOpenLeadsPerRep: shape.nullable(shape.number), fallback: shape.string },
    ),
  ),
  routingRules: shape.array(shape.fields({ key: shape.string, condition: shape.nullable(shape.object), poolKey: shape.string })),
  scoring: shape.fields(
    {
      fitWeights: shape.array(
        shape.fields({ field: shape.string, points: shape.number }, { equals: shape.scalar, min: shape.number, max: shape.number }),
      ),
    },
    {
      behaviourWeights: shape.array(shape.fields({ event: shape.string, points: shape.number })),
      decayHalfLifeDays: shape.nullable(shape.number),
    },
  ),
  consentRequiredCountries: shape.array(shape.string),
} satisfies Record<keyof GovernanceModel, JsonShape>;

const MODEL_SHAPE = shape.fields(modelFields, {}, true);

const CALENDAR_SHAPE = shape.fields(calendarFields, {}, true);

/**
 * Checks that a JSON value has the form of a governance model: an object with exactly the model's
 * top-level keys, and values of the declared types below them. Returns the problems with their paths.
 */
export function checkGovernanceModelShape(value: unknown): ModelProblem[] {
  return checkJsonShape(value, MODEL_SHAPE);
}

/** Returns whether `checkGovernanceModelShape` found nothing, so the value may be used as a model. */
export function hasGovernanceModelShape(value: unknown): value is GovernanceModel {
  return checkGovernanceModelShape(value).length === 0;
}

/** Checks that a JSON value has the form of a business calendar: timeZone, hours and holidays, and no other key. */
export function checkCalendarShape(value: unknown): ModelProblem[] {
  return checkJsonShape(value, CALENDAR_SHAPE);
}

/** Returns whether `checkCalendarShape` found nothing, so the value may be read as a calendar. */
export function hasCalendarShape(value: unknown): value is BusinessCalendar {
  return checkCalendarShape(value).length === 0;
}
