import type { DateTime } from 'luxon';

import { checkArrivedAt, latestArrivedAtFor } from './check-arrived-at';
import { checkLeadTexts, findCharacter, formatCodePoint, mergeTextProblems } from './check-lead-text';
import { EXIT_STAGE_REASON_KINDS, checkReason } from './check-reason';
import { isValidEmail, normalizeEmail } from './email';
import { isValuePresent } from './lead-field';
import {
  Motion,
  type FieldProblem,
  type GovernanceModel,
  type LeadAttributes,
  type LeadInput,
  type UnscoredLeadAttributes,
} from './model';
import { normalizeCountry } from './normalize-country';

const MOTIONS: readonly string[] = Object.values(Motion);
const IMPORTABLE_STAGE_LIST = 'REJECTED, DISQUALIFIED or RECYCLED';

export interface LeadValidationOptions {
  /**
   * The current time as ISO 8601. An `arrivedAt` more than one day after it is rejected. Without it,
   * only the lower bound, `EARLIEST_ARRIVED_AT`, applies.
   */
  now?: string;
}

/** The options a check reads, parsed once per validation. */
interface CheckContext {
  /** The latest accepted arrival time, or null when the caller gave no `now`. */
  latestArrivedAt: DateTime | null;
}

type Check = (input: LeadInput, model: GovernanceModel, context: CheckContext) => FieldProblem[];

/**
 * Format characters (Unicode category Cf), such as zero-width spaces and bidirectional controls. They
 * are invisible, so an address that contains one looks like another address.
 */
const INVISIBLE_CHARACTER = /\p{Cf}/u;

function checkEmail(input: LeadInput): FieldProblem[] {
  const email = input.email;
  if (email === null || !isValuePresent(email)) {
    return [
      {
        field: 'email',
        value: input.email,
        message: "email is missing; send the contact's e-mail address, such as name@example.com",
      },
    ];
  }
  const invisible = findCharacter(email, (codePoint) => INVISIBLE_CHARACTER.test(String.fromCodePoint(codePoint)));
  if (invisible !== null) {
    return [
      {
        field: 'email',
        value: email,
        message: `email contains an invisible character (${formatCodePoint(invisible.codePoint)}) at position ${invisible.position}; remove it`,
      },
    ];
  }
  if (!isValidEmail(email)) {
    return [
      {
        field: 'email',
        value: email,
        message: `email "${email}" is not a valid e-mail address; send an address such as name@example.com`,
      },
    ];
  }

  return [];
}

function checkSource(input: LeadInput): FieldProblem[] {
  if (isValuePresent(input.source)) {
    return [];
  }

  return [
    {
      field: 'source',
      value: input.source,
      message:
        'source is missing; send where the lead came from, such as "Web", "Partner Referral" or "Purchased List"',
    },
  ];
}

function checkMotion(input: LeadInput): FieldProblem[] {
  if (input.motion === null || MOTIONS.includes(input.motion)) {
    return [];
  }

  return [
    {
      field: 'motion',
      value: input.motion,
      message: `motion "${input.motion}" is not a known motion; send one of ${MOTIONS.join(', ')}, or leave it empty for INBOUND`,
    },
  ];
}

function checkCount(field: 'employeeCount' | 'annualRevenueUsd', example: string): Check {
  return (input) => {
    const value = input[field];
    if (value === null || (Number.isInteger(value) && value >= 0)) {
      return [];
    }

    return [{ field, value, message: `${field} ${value} is not a whole number of 0 or more; send ${example}` }];
  };
}

function checkBehaviourScore(input: LeadInput): FieldProblem[] {
  const score = input.behaviourScore;
  if (score === null || (Number.isFinite(score) && score >= 0 && score <= 100)) {
    return [];
  }

  return [
    {
      field: 'behaviourScore',
      value: score,
      message: `behaviourScore ${score} is outside 0 to 100; send points from 0 to 100, or leave it empty`,
    },
  ];
}

/**
 * Requires consent for a lead from a country in `consentRequiredCountries`. Both sides are compared
 * as ISO 3166-1 alpha-2 codes through `normalizeCountry`, so "Deutschland" and "DEU" match "DE". A
 * lead whose country `normalizeCountry` does not recognise is not treated as needing consent:
 * unknown country strings stay allowed, and the rule cannot tell which country, if any, they name.
 */
function checkConsent(input: LeadInput, model: GovernanceModel): FieldProblem[] {
  const country = normalizeCountry(input.country);
  if (country === null || input.consent === true) {
    return [];
  }

  const consentRequired = model.consentRequiredCountries.some((entry) => normalizeCountry(entry) === country);
  if (!consentRequired) {
    return [];
  }

  return [
    {
      field: 'consent',
      value: input.consent,
      message: `consent is required for leads in country "${input.country}"; capture the contact's consent, then set consent to true`,
    },
  ];
}

function checkArrivalTime(input: LeadInput, _model: GovernanceModel, context: CheckContext): FieldProblem[] {
  return checkArrivedAt(input.arrivedAt, context.latestArrivedAt);
}

/** Imports may carry a lead that was closed in the source system: an exit stage with its reason. */
function checkClosedStage(input: LeadInput, model: GovernanceModel): FieldProblem[] {
  if (input.stage === null) {
    if (!isValuePresent(input.reasonCode)) {
      return [];
    }

    return [
      {
        field: 'reasonCode',
        value: input.reasonCode,
        message: `reasonCode "${input.reasonCode}" was sent without a stage; send stage ${IMPORTABLE_STAGE_LIST} with it, or leave reasonCode empty`,
      },
    ];
  }

  const kind = EXIT_STAGE_REASON_KINDS[input.stage];
  if (kind === undefined) {
    return [
      {
        field: 'stage',
        value: input.stage,
        message: `stage "${input.stage}" cannot be imported; send ${IMPORTABLE_STAGE_LIST} for a closed lead, or leave stage empty for a new lead`,
      },
    ];
  }

  return checkReason(input, kind, model.reasonCodes, `a lead imported in stage ${input.stage}`);
}

const CHECKS: readonly Check[] = [
  checkEmail,
  checkSource,
  checkMotion,
  checkCount('employeeCount', 'the number of employees, such as 250'),
  checkCount('annualRevenueUsd', 'whole US dollars, such as 5000000'),
  checkBehaviourScore,
  checkConsent,
  checkArrivalTime,
  checkClosedStage,
];

/**
 * Applies the rules that every path (API, partner key, import) checks before a lead is stored. Text
 * problems (length and control characters, see `checkLeadText`) come first, then one problem per
 * failed rule in rule order, leaving out rules on a field that already has a text problem. An empty
 * list means the lead may be stored. `options.now` adds the upper bound on `arrivedAt`. Throws when
 * `options.now` is not an ISO 8601 date-time.
 */
export function validateLeadInput(
  input: LeadInput,
  model: GovernanceModel,
  options: LeadValidationOptions = {},
): FieldProblem[] {
  const context: CheckContext = { latestArrivedAt: latestArrivedAtFor(options.now) };
  const ruleProblems = CHECKS.flatMap((check) => check(input, model, context));

  return mergeTextProblems(checkLeadTexts(input), ruleProblems);
}

/**
 * Converts a validated submission to the lead fields that scoring reads. The e-mail address is
 * normalized so that duplicate checks compare like with like, and the motion defaults to INBOUND.
 */
export function toUnscoredLead(input: LeadInput): UnscoredLeadAttributes {
  return {
    email: input.email === null ? null : normalizeEmail(input.email),
    firstName: input.firstName,
    lastName: input.lastName,
    title: input.title,
    phone: input.phone,
    company: input.company,
    companyDomain: input.companyDomain,
    industry: input.industry,
    employeeCount: input.employeeCount,
    annualRevenueUsd: input.annualRevenueUsd,
    country: input.country,
    region: input.region,
    city: input.city,
    source: input.source,
    motion: input.motion ?? Motion.Inbound,
    useCase: input.useCase,
    consent: input.consent,
  };
}

/**
 * Converts a validated submission to lead attributes. The behaviour score defaults to the one the
 * sender measured, or 0 points when there is none.
 */
export function toLeadAttributes(
  input: LeadInput,
  scores: { fitScore: number; behaviourScore?: number },
): LeadAttributes {
  return {
    ...toUnscoredLead(input),
    fitScore: scores.fitScore,
    behaviourScore: scores.behaviourScore ?? input.behaviourScore ?? 0,
  };
}
