import type { Motion, LeadSlaState, Stage } from '@accord/portal-kit';
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SlaEventSummary } from '../lead/summarize-breaches';

export interface TeamLead {
  id: string;
  fullName: string;
  company: string | null;
  stage: Stage;
  motion: Motion;
  slaState: LeadSlaState;
  slaDueAt: string | null;
  slaEvents: SlaEventSummary[];
  owner: { id: string; name: string } | null;
}

export interface TeamLeadsData {
  leads: {
    edges: { cursor: string; node: TeamLead }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

export interface TeamLeadsVariables {
  first: number;
  after?: string | null;
  filter: { stage?: Stage[]; motion?: Motion[]; slaState?: LeadSlaState[] };
}

export const TEAM_LEADS: TypedDocumentNode<TeamLeadsData, TeamLeadsVariables> = gql`
  query TeamLeads($first: Int, $after: String, $filter: LeadFilter) {
    leads(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          fullName
          company
          stage
          motion
          slaState
          slaDueAt
          slaEvents {
            id
            kind
            occurredAt
          }
          owner {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`;
