/**
 * The governance model: the versioned document that defines the funnel. A published version is
 * immutable. The API stores each version as one JSON document and the workflows read it through an
 * activity, so every type here is plain data (no classes, no functions, no Date objects).
 */

/** Funnel stages in order, then the exits that are not forward moves. */
export enum Stage {
  Lead = 'LEAD',
  Mql = 'MQL',
  Sal = 'SAL',
  Sql = 'SQL',
  Opportunity = 'OPPORTUNITY',
  Rejected = 'REJECTED',
  Recycled = 'RECYCLED',
  Disqualified = 'DISQUALIFIED',
  /** A closed opportunity the buyer signed. */
  Won = 'WON',
  /** A closed opportunity the buyer did not sign, with a LOST reason code. */
  Lost = 'LOST',
}

export const FORWARD_STAGES: readonly Stage[] = [Stage.Lead, Stage.Mql, Stage.Sal, Stage.Sql, Stage.Opportunity];

/** The outcomes that close an opportunity. */
export const CLOSED_OUTCOME_STAGES: readonly Stage[] = [Stage.Won, Stage.Lost];

/**
 * Stages that end a lead's lifecycle: the exits that leave the funnel early and the outcomes that
 * close an opportunity. A lead in one of them has `closedAt` set and runs no SLA clock.
 */
export const EXIT_STAGES: readonly Stage[] = [Stage.Rejected, Stage.Recycled, Stage.Disqualified, ...CLOSED_OUTCOME_STAGES];

/** Go-to-market motions; each has its own thresholds and SLAs. */
export enum Motion {
  Inbound = 'INBOUND',
  Outbound = 'OUTBOUND',
  Partner = 'PARTNER',
  ProductLed = 'PRODUCT_LED',
  AccountBased = 'ACCOUNT_BASED',
}

/** The kinds of action a reason code may justify. */
export enum ReasonKind {
  Accept = 'ACCEPT',
  Reject = 'REJECT',
  Disqualify = 'DISQUALIFY',
  Recycle = 'RECYCLE',
  Lost = 'LOST',
}

export enum Role {
  Admin = 'ADMIN',
  /** Marketing operations: edits governance drafts and imports leads, reads every lead, never publishes or works leads. */
  MarketingOps = 'MARKETING_OPS',
  Manager = 'MANAGER',
  Rep = 'REP',
  Partner = 'PARTNER',
}

/**
 * The lead fields that criteria, required-field rules and routing rules may name. Scores are points
 * from 0 to 100. `annualRevenueUsd` is whole US dollars.
 */
export interface LeadAttributes {
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  title: string | null;
  phone: string | null;
  company: string | null;
  companyDomain: string | null;
  industry: string | null;
  employeeCount: number | null;
  annualRevenueUsd: number | null;
  country: string | null;
  region: string | null;
  city: string | null;
  source: string | null;
  motion: Motion;
  useCase: string | null;
  consent: boolean | null;
  fitScore: number;
  behaviourScore: number;
}

export type LeadField = keyof LeadAttributes;

/** A lead before scoring: what fit scoring reads and what a submission turns into. */
export type UnscoredLeadAttributes = Omit<LeadAttributes, 'fitScore' | 'behaviourScore'>;

export const LEAD_FIELDS: readonly LeadField[] = [
  'email',
  'firstName',
  'lastName',
  'title',
  'phone',
  'company',
  'companyDomain',
  'industry',
  'employeeCount',
  'annualRevenueUsd',
  'country',
  'region',
  'city',
  'source',
  'motion',
  'useCase',
  'consent',
  'fitScore',
  'behaviourScore',
];

/** A scalar that a condition compares with. */
export type ConditionValue = string | number | boolean;

/**
 * Entry criteria as a condition tree. It is data, evaluated by `evaluateCondition`, never compiled
 * or run as code. A `field` may be a lead field or `motionFitThreshold` / `motionIntentThreshold`
 * on the right-hand side through `valueFrom`.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { field: LeadField; op: 'eq' | 'neq'; value: ConditionValue }
  | { field: LeadField; op: 'gt' | 'gte' | 'lt' | 'lte'; value: number }
  | { field: LeadField; op: 'gte' | 'lt'; valueFrom: 'motionFitThreshold' | 'motionIntentThreshold' }
  | { field: LeadField; op: 'in' | 'notIn'; values: ConditionValue[] }
  | { field: LeadField; op: 'present' | 'absent' }
  | { field: LeadField; op: 'validEmail' };

/** Weekly working hours in the calendar's own time zone; `day` is ISO (1 = Monday … 7 = Sunday). */
export interface WorkingHours {
  day: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** Local time of day, `HH:mm`, 24-hour clock. */
  start: string;
  /** Local time of day, `HH:mm`; `24:00` means midnight at the end of the day. */
  end: string;
}

/** A business calendar: SLA time only runs inside its working hours and outside its holidays. */
export interface BusinessCalendar {
  /** IANA time zone name, such as `Europe/Berlin`. */
  timeZone: string;
  hours: WorkingHours[];
  /** Local dates, `YYYY-MM-DD`, on which no SLA time runs. */
  holidays: string[];
}

export enum EscalationAction {
  NotifyOwner = 'NOTIFY_OWNER',
  NotifyManager = 'NOTIFY_MANAGER',
  ReassignToPool = 'REASSIGN_TO_POOL',
  ReassignToManager = 'REASSIGN_TO_MANAGER',
}

export interface EscalationStep {
  action: EscalationAction;
  /** Business seconds after the breach (or after the previous step's reassignment) before this step runs. */
  delaySeconds: number;
}

export interface SlaPolicy {
  /** Target in business seconds on the owner's calendar. */
  targetSeconds: number;
  /** Percent of the target after which a warning fires, from 1 to 99. */
  warnPercent: number;
  /** Key of a calendar in `GovernanceModel.calendars`, used when the owner has none of their own. */
  calendarKey: string;
  escalation: EscalationStep[];
  /**
   * Reasons the clock may pause for, such as "waiting on the buyer"; absent or empty: it never pauses.
   * Paused time does not count, so the deadline moves out by the business time spent paused.
   */
  pauseReasons?: string[];
}

export interface StageDefinition {
  stage: Stage;
  label: string;
  /** Position in the funnel, from 1; exits share the order of the stage they leave. */
  order: number;
  description: string;
  /** Criteria a lead must meet to enter this stage. Absent for stages entered by a rep's action. */
  entryCriteria: Condition | null;
  /** Lead fields that must be present before a lead may enter this stage. */
  requiredFields: LeadField[];
  ownerTeam: string;
  primaryKpi: string;
  /** SLA policy per motion; `default` applies to motions without their own. */
  sla: { default: SlaPolicy | null } & Partial<Record<Motion, SlaPolicy>>;
}

export interface ReasonCode {
  code: string;
  label: string;
  kinds: ReasonKind[];
  noteRequired: boolean;
  /** A retired code stays readable on old leads and cannot be chosen for new actions. */
  active: boolean;
}

export interface MotionDefinition {
  motion: Motion;
  label: string;
  /** Minimum fit score (points, 0 to 100) for MQL. */
  fitThreshold: number;
  /** Minimum behaviour score (points, 0 to 100) for MQL. */
  intentThreshold: number;
}

export enum RoutingStrategy {
  /** Members in turn, from a rotation counter stored on the pool. */
  RoundRobin = 'ROUND_ROBIN',
  /** Members in turn, each taking as many consecutive slots per cycle as their weight. */
  Weighted = 'WEIGHTED',
  /** The eligible member with the fewest open SLA clocks; ties go to the earlier member. */
  LoadBalanced = 'LOAD_BALANCED',
}

/** The destination of a lead when no member of the pool is eligible. */
export enum RoutingFallback {
  TeamManager = 'TEAM_MANAGER',
  /** Unassigned, in the team's queue, for a manager to assign. */
  TeamQueue = 'TEAM_QUEUE',
}

export interface RoutingPool {
  key: string;
  label: string;
  /** The team whose manager receives escalations and whose calendar applies to members without one. */
  teamKey: string;
  /** User ids of the reps in rotation, in rotation order. */
  memberIds: string[];
  strategy: RoutingStrategy;
  /** WEIGHTED only: slots per cycle for each member id, whole numbers from 1; a missing member counts 1. */
  weights?: Record<string, number>;
  /** Maximum open leads (MQL, SAL, SQL) a member may hold; a member at the cap is skipped. Absent: no cap. */
  maxOpenLeadsPerRep?: number | null;
  /** Absent means TEAM_MANAGER. */
  fallback?: RoutingFallback;
}

/** Routing rules are tried in order; the first whose condition matches names the pool. */
export interface RoutingRule {
  key: string;
  condition: Condition | null;
  poolKey: string;
  /**
   * Account matching: when another lead from the same company domain already has an available owner,
   * the new lead goes to that owner instead of the pool's next member. Absent: off.
   */
  matchAccountOwner?: boolean;
}

/**
 * One fit-scoring rule. Every criterion that is set (`equals`, `min`, `max`) must hold; a weight with
 * none of them matches whenever the field is present.
 */
export interface FitWeight {
  field: LeadField;
  /** Value the field must equal (case-insensitive for strings), or a numeric range. */
  equals?: ConditionValue;
  min?: number;
  max?: number;
  /** Points added when the field matches. */
  points: number;
}

/** Points an engagement event adds to the behaviour score. */
export interface BehaviourWeight {
  /** Event name as senders report it, for example `pricing_page_view` or `demo_request`. */
  event: string;
  points: number;
}

export interface ScoringModel {
  /** Fit score = sum of matching weights, clamped to 0..100 points. */
  fitWeights: FitWeight[];
  /** Behaviour score = sum of decayed event points, clamped to 0..100 points. Absent: no event weights yet. */
  behaviourWeights?: BehaviourWeight[];
  /** Days after which an event counts half; absent or null: events do not decay. */
  decayHalfLifeDays?: number | null;
}

export interface TeamDefinition {
  key: string;
  label: string;
}

export interface GovernanceModel {
  stages: StageDefinition[];
  reasonCodes: ReasonCode[];
  motions: MotionDefinition[];
  calendars: Record<string, BusinessCalendar>;
  teams: TeamDefinition[];
  routingPools: RoutingPool[];
  routingRules: RoutingRule[];
  scoring: ScoringModel;
  /**
   * Countries where consent must be captured, as ISO 3166-1 alpha-2 codes. Entries and lead countries
   * are compared through `normalizeCountry`, so an older entry such as `GERMANY` still matches.
   */
  consentRequiredCountries: string[];
}

/** A published version as the workflows and the API use it. */
export interface GovernanceVersionSnapshot {
  version: number;
  model: GovernanceModel;
}

/**
 * A lead as submitted through the API, a partner key or an import row, before validation. Strings
 * are trimmed by the parsers; empty strings become null.
 */
export interface LeadInput {
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  title: string | null;
  phone: string | null;
  company: string | null;
  companyDomain: string | null;
  industry: string | null;
  employeeCount: number | null;
  annualRevenueUsd: number | null;
  country: string | null;
  region: string | null;
  city: string | null;
  source: string | null;
  motion: Motion | null;
  useCase: string | null;
  consent: boolean | null;
  /** Behaviour (intent) score in points, 0 to 100, when the sender measured one. */
  behaviourScore: number | null;
  /** The lead's status in the system it came from, kept for reference only. */
  sourceStatus: string | null;
  /** When the lead first arrived in the source system; defaults to the time of submission. */
  arrivedAt: string | null;
  /** Accord's own export only: an exit stage and its reason for a lead closed before import. */
  stage: Stage | null;
  reasonCode: string | null;
  note: string | null;
}

/** One problem with one input field, as every path (API, import, workflow) reports it. */
export interface FieldProblem {
  /** Lead field or argument name, for example `email` or `reasonCode`. */
  field: string;
  /** The offending value as received, or null when it is missing. */
  value: string | number | boolean | null;
  /** A sentence that states what is wrong and how to fix it. */
  message: string;
}
