import type { Motion, SlaState, Stage } from '@accord/portal-kit';
import { gql, type TypedDocumentNode } from '@apollo/client';

export interface LeadRow {
  id: string;
  fullName: string;
  email: string;
  company: string | null;
  stage: Stage;
  motion: Motion;
  slaState: SlaState;
  arrivedAt: string;
  owner: { id: string; name: string } | null;
}

export interface LeadsData {
  leads: {
    edges: { cursor: string; node: LeadRow }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

export interface LeadsVariables {
  first: number;
  after?: string | null;
  filter: { search?: string; stage?: Stage[]; motion?: Motion[] };
}

export const LEADS: TypedDocumentNode<LeadsData, LeadsVariables> = gql`
  query Leads($first: Int, $after: String, $filter: LeadFilter) {
    leads(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          fullName
          email
          company
          stage
          motion
          slaState
          arrivedAt
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
