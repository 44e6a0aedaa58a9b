import type { Motion, SlaState, Stage } from '@accord/portal-kit';
import { gql, type TypedDocumentNode } from '@apollo/client';

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

// The lead page and both hand-off mutations select the same fields, so a mutation result replaces
// everything the page shows in the normalized cache.
const LEAD_DETAIL_FIELDS = gql`
  fragment LeadDetailFields on Lead {
    id
    email
    fullName
    title
    phone
    company
    companyDomain
    industry
    employeeCount
    annualRevenueUsd
    country
    region
    city
    source
    motion
    useCase
    consent
    fitScore
    behaviourScore
    stage
    owner {
      id
      name
      email
    }
    team {
      id
      label
    }
    slaState
    slaDueAt
    arrivedAt
    assignedAt
    firstTouchAt
    acceptedAt
    governanceVersion
    history {
      id
      fromStage
      toStage
      actor {
        id
        name
      }
      actorLabel
      reasonCode {
        code
        label
      }
      note
      governanceVersion
      occurredAt
    }
    slaEvents {
      id
      kind
      stage
      owner {
        id
        name
      }
      dueAt
      occurredAt
      detail
    }
  }
`;

export const LEAD: TypedDocumentNode<{ lead: LeadDetail | null }, { id: string }> = gql`
  query Lead($id: ID!) {
    lead(id: $id) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const ACCEPT_LEAD: TypedDocumentNode<{ acceptLead: LeadDetail }, { id: string }> = gql`
  mutation AcceptLead($id: ID!) {
    acceptLead(id: $id) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export interface RejectLeadVariables {
  id: string;
  reasonCode: string;
  note: string | null;
}

export const REJECT_LEAD: TypedDocumentNode<{ rejectLead: LeadDetail }, RejectLeadVariables> = gql`
  mutation RejectLead($id: ID!, $reasonCode: String!, $note: String) {
    rejectLead(id: $id, reasonCode: $reasonCode, note: $note) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export interface RejectReason {
  code: string;
  label: string;
  noteRequired: boolean;
  active: boolean;
}

export const REJECT_REASONS: TypedDocumentNode<{ reasonCodes: RejectReason[] }, Record<string, never>> = gql`
  query RejectReasons {
    reasonCodes(kind: REJECT) {
      code
      label
      noteRequired
      active
    }
  }
`;
