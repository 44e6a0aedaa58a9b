import type { LeadSlaState, Motion, Stage } from '@accord/portal-kit';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { LEAD_DETAIL_FIELDS } from './lead-detail.fragment';

export interface UserRef {
  id: string;
  name: string;
}

export interface StageTransition {
  id: string;
  fromStage: Stage | null;
  toStage: Stage;
  actor: UserRef | null;
  actorLabel: string;
  reasonCode: { code: string; label: string } | null;
  note: string | null;
  governanceVersion: number;
  occurredAt: string;
}

export interface SlaEvent {
  id: string;
  kind: string;
  stage: Stage;
  owner: UserRef | null;
  dueAt: string | null;
  occurredAt: string;
  detail: string | null;
}

/** One step of the routing decision: a rule tried, a candidate skipped, the assignment or a fallback. */
export interface RoutingTraceEntry {
  step: string;
  /** A rule key, a pool or team key, or a user id; `label` names a user or pool. */
  key: string;
  label: string | null;
  outcome: string;
}

export type ContactChannel = 'PHONE' | 'EMAIL' | 'MEETING' | 'OTHER';

export type ContactOutcome = 'REACHED' | 'NO_ANSWER' | 'LEFT_MESSAGE' | 'WRONG_NUMBER' | 'BOUNCED';

export interface ContactAttempt {
  id: string;
  channel: ContactChannel;
  outcome: ContactOutcome;
  note: string | null;
  actor: UserRef | null;
  occurredAt: string;
}

export interface LeadNote {
  id: string;
  body: string;
  actor: UserRef | null;
  createdAt: string;
}

/** The explanation of a lead's scores, as the API's `Lead.scoreBreakdown` returns it. */
export interface ScoreBreakdown {
  fit: { field: string; matched: string; points: number }[];
  behaviour: { event: string; count: number; points: number; decayedPoints: number }[];
}

export interface LeadDetail {
  id: string;
  email: string;
  fullName: string;
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
  scoreBreakdown: ScoreBreakdown;
  stage: Stage;
  owner: (UserRef & { email: string }) | null;
  team: { id: string; label: string } | null;
  slaState: LeadSlaState;
  slaDueAt: string | null;
  slaStage: Stage | null;
  slaStartedAt: string | null;
  slaWarnAt: string | null;
  /** Reasons the running clock's policy allows for a pause; empty when the clock cannot be paused. */
  slaPauseReasons: string[];
  escalationCount: number;
  routingPool: string | null;
  routingTrace: RoutingTraceEntry[];
  speedToLeadSeconds: number | null;
  speedToLeadBusinessSeconds: number | null;
  responseSeconds: number | null;
  responseBusinessSeconds: number | null;
  /** Lead fields that the next forward stage requires and the lead lacks. */
  missingFieldsForNextStage: string[];
  arrivedAt: string;
  assignedAt: string | null;
  firstTouchAt: string | null;
  acceptedAt: string | null;
  governanceVersion: number;
  history: StageTransition[];
  slaEvents: SlaEvent[];
  contactAttempts: ContactAttempt[];
  notes: LeadNote[];
}

export const LEAD: TypedDocumentNode<{ lead: LeadDetail | null }, { id: string }> = gql`
  query Lead($id: ID!) {
    lead(id: $id) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

/** Result of a lead action mutation: the moved lead under the mutation's field name. */
export type LeadActionResult = Partial<
  Record<
    'acceptLead' | 'rejectLead' | 'qualifyLead' | 'convertLead' | 'disqualifyLead' | 'recycleLead' | 'winOpportunity' | 'loseOpportunity',
    LeadDetail
  >
>;

/** Variables of a lead action mutation; `reasonCode` and `note` only for reject, disqualify, recycle and lose. */
export interface LeadActionVariables {
  id: string;
  reasonCode?: string;
  note?: string | null;
}

export type LeadActionMutation = TypedDocumentNode<LeadActionResult, LeadActionVariables>;

export const ACCEPT_LEAD: LeadActionMutation = gql`
  mutation AcceptLead($id: ID!) {
    acceptLead(id: $id) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const REJECT_LEAD: LeadActionMutation = gql`
  mutation RejectLead($id: ID!, $reasonCode: String!, $note: String) {
    rejectLead(id: $id, reasonCode: $reasonCode, note: $note) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

/** A reason code as the reason forms offer it. */
export interface ReasonOption {
  code: string;
  label: string;
  noteRequired: boolean;
  active: boolean;
}

export type ReasonOptionsQuery = TypedDocumentNode<{ reasonCodes: ReasonOption[] }, Record<string, never>>;

export const REJECT_REASONS: ReasonOptionsQuery = gql`
  query RejectReasons {
    reasonCodes(kind: REJECT) {
      code
      label
      noteRequired
      active
    }
  }
`;
