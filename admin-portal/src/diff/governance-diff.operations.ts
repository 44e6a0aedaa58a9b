import { gql, type TypedDocumentNode } from '@apollo/client';

/** One difference between two versions, such as `MQL fit threshold for inbound: 60 → 70`. */
export interface GovernanceDiffEntry {
  path: string;
  description: string;
  before: string | null;
  after: string | null;
}

export const GOVERNANCE_DIFF: TypedDocumentNode<{ governanceDiff: GovernanceDiffEntry[] }, { from: number; to: number }> = gql`
  query GovernanceDiff($from: Int!, $to: Int!) {
    governanceDiff(from: $from, to: $to) {
      path
      description
      before
      after
    }
  }
`;
