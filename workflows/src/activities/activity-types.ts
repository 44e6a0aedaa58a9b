import type { BusinessCalendar, EscalationStep, GovernanceVersionSnapshot, LeadAttributes, Stage } from '@accord/governance';

/** What the lifecycle knows about its lead when it starts, or after the lead's data changed. */
export interface LifecycleContext {
  leadId: string;
  stage: Stage;
  ownerId: string | null;
  lead: LeadAttributes;
  governance: GovernanceVersionSnapshot;
  /** An SLA already running when the lifecycle (re)started, so its absolute deadline is kept. */
  runningSla: RunningSla | null;
  escalationCount: number;
}

export interface RunningSla {
  stage: Stage;
  /** Null for a clock that runs before anyone owns the lead (the Lead stage's enrichment SLA). */
  ownerId: string | null;
  managerId: string | null;
  startedAt: string;
  warnAt: string | null;
  dueAt: string;
  calendar: BusinessCalendar;
  /** The escalation ladder of the policy the clock was armed under; a later publish does not change it. */
  escalation: EscalationStep[];
}

export type ActorKindName = 'USER' | 'SYSTEM';

export interface RecordTransitionInput {
  leadId: string;
  fromStage: Stage | null;
  toStage: Stage;
  actorKind: ActorKindName;
  actorId: string | null;
  reasonCode: string | null;
  note: string | null;
  governanceVersion: number;
  occurredAt: string;
  /** Unique per transition, so a retried activity writes one row. */
  idempotencyKey: string;
}

/**
 * How a lead gets its owner: rotation in the routed pool, the next rep after the current owner, the
 * team manager, the current owner again (to arm the SLA of a new stage), or a user a manager chose.
 */
export type AssignmentMode = 'ROUTE' | 'NEXT_IN_POOL' | 'MANAGER' | 'KEEP_OWNER' | 'MANUAL';

export interface AssignLeadInput {
  leadId: string;
  mode: AssignmentMode;
  /** The stage whose SLA policy the new owner works under; null when the lead's stage runs no SLA. */
  slaStage: Stage | null;
  governanceVersion: number;
  now: string;
  idempotencyKey: string;
  /** MANUAL only: the new owner, the manager who chose them and why. */
  manual?: { toUserId: string; actorId: string; reason: string };
}

export interface AssignLeadResult {
  /** The lead's owner after the assignment (unchanged when nobody could be assigned). */
  ownerId: string | null;
  /** Null when nobody could be assigned: no eligible rep and no manager. */
  sla: RunningSla | null;
  escalationCount: number;
}

export type SlaEventKindName = 'WARNING' | 'BREACHED' | 'ESCALATED' | 'MET' | 'CANCELLED' | 'PAUSED' | 'RESUMED';

export interface RecordSlaEventInput {
  leadId: string;
  stage: Stage;
  kind: SlaEventKindName;
  ownerId: string | null;
  dueAt: string | null;
  occurredAt: string;
  detail: string;
  idempotencyKey: string;
  /** Users to notify about this event, with the notification kind. */
  notify: { recipientId: string; kind: string; message: string }[];
  /** The lead's SLA state after the event, when it changes. */
  slaState?: 'ON_TRACK' | 'WARNING' | 'BREACHED' | 'PAUSED';
  /** New deadlines of the running clock (after a pause), when they change. */
  slaTimes?: { warnAt: string | null; dueAt: string };
}

export interface ArmUnownedSlaInput {
  leadId: string;
  slaStage: Stage;
  governanceVersion: number;
  now: string;
  idempotencyKey: string;
}

export interface RescoreLeadInput {
  leadId: string;
  /** The version whose scoring model applies: the one the lead's next stage is entered under. */
  governanceVersion: number;
  /** When the engagement that triggered the rescoring happened (ISO 8601); behaviour decays up to at least this instant. */
  occurredAt: string;
}

export interface RescoreLeadResult {
  fitScore: number;
  behaviourScore: number;
  /** The instant behaviour was decayed to: the latest stored event of the lead, or `occurredAt` when later. */
  scoredAt: string;
  eventCount: number;
}
