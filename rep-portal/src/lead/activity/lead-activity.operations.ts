import { gql, type TypedDocumentNode } from '@apollo/client';
import { LEAD_DETAIL_FIELDS } from '../lead-detail.fragment';
import type { ContactChannel, ContactOutcome, LeadDetail } from '../lead.operations';

// Each mutation returns the lead with the lead page's fields, so its result replaces the cached lead.

export const LOG_CONTACT_ATTEMPT: TypedDocumentNode<
  { logContactAttempt: LeadDetail },
  { id: string; channel: ContactChannel; outcome: ContactOutcome; note: string | null }
> = gql`
  mutation LogContactAttempt($id: ID!, $channel: ContactChannel!, $outcome: ContactOutcome!, $note: String) {
    logContactAttempt(id: $id, channel: $channel, outcome: $outcome, note: $note) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const ADD_LEAD_NOTE: TypedDocumentNode<{ addLeadNote: LeadDetail }, { id: string; body: string }> = gql`
  mutation AddLeadNote($id: ID!, $body: String!) {
    addLeadNote(id: $id, body: $body) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const PAUSE_SLA: TypedDocumentNode<{ pauseSla: LeadDetail }, { id: string; reason: string }> = gql`
  mutation PauseSla($id: ID!, $reason: String!) {
    pauseSla(id: $id, reason: $reason) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const RESUME_SLA: TypedDocumentNode<{ resumeSla: LeadDetail }, { id: string }> = gql`
  mutation ResumeSla($id: ID!) {
    resumeSla(id: $id) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

/** The lead fields `updateLead` accepts (LeadUpdateInput); an absent field keeps its value. */
export interface LeadUpdateInput {
  firstName?: string;
  lastName?: string;
  title?: string;
  phone?: string;
  company?: string;
  industry?: string;
  employeeCount?: number;
  annualRevenueUsd?: number;
  country?: string;
  region?: string;
  city?: string;
  useCase?: string;
  consent?: boolean;
}

export const UPDATE_LEAD: TypedDocumentNode<{ updateLead: LeadDetail }, { id: string; input: LeadUpdateInput }> = gql`
  mutation UpdateLead($id: ID!, $input: LeadUpdateInput!) {
    updateLead(id: $id, input: $input) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const REVIEW_PIPELINE: TypedDocumentNode<{ reviewPipeline: LeadDetail }, { id: string; note: string | null }> = gql`
  mutation ReviewPipeline($id: ID!, $note: String) {
    reviewPipeline(id: $id, note: $note) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;
