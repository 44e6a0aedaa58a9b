import type { Motion, SlaState, Stage } from '@accord/portal-kit';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { LEAD_DETAIL_FIELDS } from './lead-detail.fragment';

interface UserRef {
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
  stage: Stage;
  owner: (UserRef & { email: string }) | null;
  team: { id: string; label: string } | null;
  slaState: SlaState;
  slaDueAt: string | null;
  arrivedAt: string;
  assignedAt: string | null;
  firstTouchAt: string | null;
  acceptedAt: string | null;
  governanceVersion: number;
  history: StageTransition[];
  slaEvents: SlaEvent[];
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
  Record<'acceptLead' | 'rejectLead' | 'qualifyLead' | 'convertLead' | 'disqualifyLead' | 'recycleLead', LeadDetail>
>;

/** Variables of a lead action mutation; `reasonCode` and `note` only for reject, disqualify and recycle. */
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
