import { closedOutcomeStageDefinitions } from './closed-stage-definitions';
import { CONSENT_REQUIRED_COUNTRIES, EMEA_COUNTRIES } from './default-countries';
import { defaultScoring } from './default-scoring';
import {
  EscalationAction,
  Motion,
  ReasonKind,
  RoutingFallback,
  RoutingStrategy,
  Stage,
  type BusinessCalendar,
  type GovernanceModel,
  type ReasonCode,
  type SlaPolicy,
  type StageDefinition,
  type TeamDefinition,
} from './model';

export const DEFAULT_CALENDAR_KEY = 'business-hours-berlin';

const BUSINESS_HOUR_SECONDS = 3600;
const BUSINESS_DAY_SECONDS = 8 * BUSINESS_HOUR_SECONDS;

function weekdayCalendar(timeZone: string): BusinessCalendar {
  return {
    timeZone,
    hours: ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start: '09:00', end: '17:00' })),
    holidays: [],
  };
}

function sla(targetSeconds: number, warnPercent: number, escalation: SlaPolicy['escalation']): SlaPolicy {
  const steps = escalation.map((step) => ({ ...step }));

  return { targetSeconds, warnPercent, calendarKey: DEFAULT_CALENDAR_KEY, escalation: steps };
}

/**
 * The SAL escalation ladder. Each step's delay counts from the breach that reached it, and a
 * reassignment starts a fresh clock, so the ladder goes on at the next breach. At the first breach the
 * manager is notified and the next rep of the pool gets the lead. At the second, the manager is
 * notified again and takes the lead.
 */
const SAL_ESCALATION: SlaPolicy['escalation'] = [
  { action: EscalationAction.NotifyManager, delaySeconds: 0 },
  { action: EscalationAction.ReassignToPool, delaySeconds: 0 },
  { action: EscalationAction.NotifyManager, delaySeconds: 0 },
  { action: EscalationAction.ReassignToManager, delaySeconds: 0 },
];

function stage(definition: Omit<StageDefinition, 'sla'> & { sla?: SlaPolicy }): StageDefinition {
  const { sla: policy, ...rest } = definition;

  return { ...rest, sla: { default: policy ?? null } };
}

/** Builds fresh stage definitions on each call, so callers may edit a model without touching another. */
function defaultStages(): StageDefinition[] {
  return [
    stage({
      stage: Stage.Lead,
      label: 'Lead',
      order: 1,
      description: 'An identified contact: a valid e-mail address, a known source, and consent where the law requires it.',
      entryCriteria: {
        all: [
          { field: 'email', op: 'validEmail' },
          { field: 'source', op: 'present' },
        ],
      },
      requiredFields: ['email', 'source'],
      ownerTeam: 'Marketing Ops',
      primaryKpi: 'valid-lead rate',
      // Enrichment within the same business day: eight business hours.
      sla: sla(BUSINESS_DAY_SECONDS, 75, [{ action: EscalationAction.NotifyManager, delaySeconds: 0 }]),
    }),
    stage({
      stage: Stage.Mql,
      label: 'MQL',
      order: 2,
      description: "Fits the ideal-customer profile and shows intent, each at or above the motion's threshold.",
      entryCriteria: {
        all: [
          { field: 'fitScore', op: 'gte', valueFrom: 'motionFitThreshold' },
          { field: 'behaviourScore', op: 'gte', valueFrom: 'motionIntentThreshold' },
        ],
      },
      requiredFields: ['industry', 'country', 'title'],
      ownerTeam: 'Marketing',
      primaryKpi: 'MQL→SAL rate',
      // Routing happens at once on entry, so no SLA clock runs in this stage.
    }),
    stage({
      stage: Stage.Sal,
      label: 'SAL',
      order: 3,
      description: 'A rep acknowledged ownership and started follow-up.',
      entryCriteria: null,
      requiredFields: [],
      ownerTeam: 'Sales',
      primaryKpi: 'speed-to-lead',
      sla: sla(BUSINESS_HOUR_SECONDS, 75, SAL_ESCALATION),
    }),
    stage({
      stage: Stage.Sql,
      label: 'SQL',
      order: 4,
      description: 'Need, role and timeline validated; a meeting was held or a buying step confirmed.',
      entryCriteria: null,
      requiredFields: ['useCase', 'employeeCount'],
      ownerTeam: 'Sales',
      primaryKpi: 'SAL→SQL rate',
      sla: sla(5 * BUSINESS_DAY_SECONDS, 80, [{ action: EscalationAction.NotifyManager, delaySeconds: 0 }]),
    }),
    stage({
      stage: Stage.Opportunity,
      label: 'Opportunity',
      order: 5,
      description: 'A qualified buying initiative with value, stakeholders and next steps; pipeline reviewed weekly.',
      entryCriteria: null,
      requiredFields: ['annualRevenueUsd'],
      ownerTeam: 'Sales + RevOps',
      primaryKpi: 'win rate',
      // Pipeline hygiene: the owner reviews the opportunity within each business week (5 × 8 hours).
      sla: sla(5 * BUSINESS_DAY_SECONDS, 80, [{ action: EscalationAction.NotifyManager, delaySeconds: 0 }]),
    }),
    // Exits carry the order of the forward stage they most often leave.
    stage({
      stage: Stage.Rejected,
      label: 'Rejected',
      order: 2,
      description: 'Sent back to marketing at the MQL hand-off, with a reason.',
      entryCriteria: null,
      requiredFields: [],
      ownerTeam: 'Marketing',
      primaryKpi: 'rejection rate by reason',
    }),
    stage({
      stage: Stage.Recycled,
      label: 'Recycled',
      order: 3,
      description: 'Returned to nurture, with a reason, to be worked again later.',
      entryCriteria: null,
      requiredFields: [],
      ownerTeam: 'Marketing',
      primaryKpi: 'recycled-to-MQL rate',
    }),
    stage({
      stage: Stage.Disqualified,
      label: 'Disqualified',
      order: 4,
      description: 'Closed for good, with a reason.',
      entryCriteria: null,
      requiredFields: [],
      ownerTeam: 'Marketing Ops',
      primaryKpi: 'disqualification rate by reason',
    }),
    ...closedOutcomeStageDefinitions(),
  ];
}

function reason(code: string, label: string, kinds: ReasonKind[], noteRequired = false): ReasonCode {
  return { code, label, kinds, noteRequired, active: true };
}

const { Accept, Reject, Disqualify, Recycle, Lost } = ReasonKind;

const REASON_CODES: ReasonCode[] = [
  reason('ACCEPTED_MEETS_ICP', 'Accepted: meets the ideal-customer profile', [Accept]),
  reason('TIMING', 'Timing', [Recycle, Reject, Lost]),
  reason('NO_FIT', 'No fit', [Reject, Disqualify]),
  reason('NO_CONTACT', 'No contact', [Recycle, Reject]),
  // The note names the competitor, which the win-loss review needs.
  reason('COMPETITOR', 'Chose a competitor', [Disqualify, Lost], true),
  reason('DUPLICATE', 'Duplicate', [Reject, Disqualify]),
  // The note names the wrong or missing data, so marketing can fix its source.
  reason('BAD_DATA', 'Bad data', [Reject, Disqualify], true),
  reason('NO_BUDGET', 'No budget', [Recycle, Disqualify, Lost]),
  reason('STUDENT_JOB_SEEKER', 'Student or job seeker', [Reject, Disqualify]),
  reason('SPAM', 'Spam', [Reject, Disqualify]),
];

export interface DefaultModelInput {
  teams: TeamDefinition[];
  pools: Array<{ key: string; label: string; teamKey: string; memberIds: string[] }>;
}

/**
 * Builds the default funnel around the caller's teams and routing pools. Leads from EMEA countries
 * go to the first pool and all others to the last, which is the same pool when there is only one.
 * Throws when no pool is given, because the routing rules would have nowhere to send a lead.
 */
export function buildDefaultGovernanceModel(input: DefaultModelInput): GovernanceModel {
  const firstPool = input.pools[0];
  const lastPool = input.pools[input.pools.length - 1];
  if (firstPool === undefined || lastPool === undefined) {
    throw new Error('buildDefaultGovernanceModel needs at least one routing pool; pass pools with their member ids');
  }

  return {
    stages: defaultStages(),
    reasonCodes: REASON_CODES.map((code) => ({ ...code, kinds: [...code.kinds] })),
    motions: [
      { motion: Motion.Inbound, label: 'Inbound', fitThreshold: 60, intentThreshold: 40 },
      { motion: Motion.Outbound, label: 'Outbound', fitThreshold: 50, intentThreshold: 20 },
      { motion: Motion.Partner, label: 'Partner', fitThreshold: 50, intentThreshold: 30 },
      { motion: Motion.ProductLed, label: 'Product-led', fitThreshold: 40, intentThreshold: 60 },
      { motion: Motion.AccountBased, label: 'Account-based', fitThreshold: 70, intentThreshold: 10 },
    ],
    calendars: {
      [DEFAULT_CALENDAR_KEY]: weekdayCalendar('Europe/Berlin'),
      'business-hours-new-york': weekdayCalendar('America/New_York'),
    },
    teams: input.teams.map((team) => ({ ...team })),
    routingPools: input.pools.map((pool) => ({
      ...pool,
      memberIds: [...pool.memberIds],
      strategy: RoutingStrategy.RoundRobin,
      maxOpenLeadsPerRep: null,
      fallback: RoutingFallback.TeamManager,
    })),
    routingRules: [
      { key: 'emea', condition: { field: 'country', op: 'in', values: [...EMEA_COUNTRIES] }, poolKey: firstPool.key },
      { key: 'rest-of-world', condition: null, poolKey: lastPool.key },
    ],
    scoring: defaultScoring(),
    consentRequiredCountries: [...CONSENT_REQUIRED_COUNTRIES],
  };
}
