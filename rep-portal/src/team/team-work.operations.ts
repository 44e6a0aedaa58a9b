import type { LeadSlaState, Motion, Role, Stage } from '@accord/portal-kit';
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SlaEventSummary } from '../lead/summarize-breaches';

export interface BreachedLead {
  id: string;
  fullName: string;
  company: string | null;
  stage: Stage;
  motion: Motion;
  slaState: LeadSlaState;
  slaDueAt: string | null;
  escalationCount: number;
  owner: { id: string; name: string } | null;
  slaEvents: SlaEventSummary[];
}

/** Open leads of the manager's team whose SLA is breached or that were escalated, newest breach first. */
export const TEAM_BREACHES: TypedDocumentNode<{ teamBreaches: BreachedLead[] }, Record<string, never>> = gql`
  query TeamBreaches {
    teamBreaches {
      id
      fullName
      company
      stage
      motion
      slaState
      slaDueAt
      escalationCount
      owner {
        id
        name
      }
      slaEvents {
        id
        kind
        occurredAt
      }
    }
  }
`;

export interface TeamMember {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

/** The users a manager may see: the members of their own team. */
export const TEAM_MEMBERS: TypedDocumentNode<{ users: TeamMember[] }, Record<string, never>> = gql`
  query TeamMembers {
    users {
      id
      name
      role
      active
    }
  }
`;

export interface ReassignedLead {
  id: string;
  owner: { id: string; name: string } | null;
  slaState: LeadSlaState;
  slaDueAt: string | null;
  slaEvents: SlaEventSummary[];
}

export const REASSIGN_LEAD: TypedDocumentNode<{ reassignLead: ReassignedLead }, { id: string; toUserId: string; reason: string }> = gql`
  mutation ReassignLead($id: ID!, $toUserId: ID!, $reason: String!) {
    reassignLead(id: $id, toUserId: $toUserId, reason: $reason) {
      id
      owner {
        id
        name
      }
      slaState
      slaDueAt
      slaEvents {
        id
        kind
        occurredAt
      }
    }
  }
`;
