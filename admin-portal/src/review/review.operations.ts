import { gql, type TypedDocumentNode } from '@apollo/client';

export type GovernanceReviewStatus = 'COMPILED' | 'SIGNED_OFF';

/** The pack as the review workflow stores it (version 1); the API passes it through as JSON. */
export interface ReviewPack {
  month: string;
  previousMonth: string;
  timeZone: string;
  calendarSource: string;
  compiledAt: string;
  kpiPendingChanges: number;
  kpis: Array<{ key: string; label: string; unit: 'COUNT' | 'RATIO' | 'SECONDS'; value: number | null; previous: number | null; change: number | null }>;
  slaComplianceByTeam: Array<{
    teamId: string | null;
    teamLabel: string;
    met: number;
    breached: number;
    complianceRate: number | null;
    stages: Array<{ stage: string; met: number; breached: number; complianceRate: number | null }>;
  }>;
  rejectionReasonsBySegment: Array<{
    segment: string;
    rejections: number;
    reasons: Array<{ reasonCode: string | null; label: string; leads: number; share: number }>;
  }>;
  stuckLeads: {
    total: number;
    asOf: string;
    leads: Array<{
      leadId: string;
      company: string | null;
      stage: string;
      motion: string;
      ownerName: string | null;
      teamLabel: string | null;
      slaState: string;
      stageEnteredAt: string;
      limitSeconds: number | null;
      reasons: string[];
    }>;
  };
  calibration: Array<{
    motion: string;
    governanceVersion: number;
    leadCount: number;
    decisionCount: number;
    refusal: string | null;
    error: string | null;
    proposals: Array<{
      id: string;
      kind: string;
      fitThreshold: number | null;
      intentThreshold: number | null;
      fitWeights: Array<{ weight: string; from: number; to: number }>;
      currentMqlCount: number;
      proposedMqlCount: number;
      currentAcceptanceRate: number | null;
      proposedAcceptanceRate: number | null;
      explanation: string[];
    }>;
  }>;
}

export interface GovernanceReviewSummary {
  id: string;
  month: string;
  status: GovernanceReviewStatus;
  compiledAt: string;
  signedOffAt: string | null;
  signedOffBy: { id: string; name: string } | null;
}

export interface GovernanceReviewDetail extends GovernanceReviewSummary {
  signOffComment: string | null;
  pack: ReviewPack;
}

const SUMMARY_FIELDS = 'id month status compiledAt signedOffAt signedOffBy { id name }';

export const GOVERNANCE_REVIEWS: TypedDocumentNode<{ governanceReviews: GovernanceReviewSummary[] }, Record<string, never>> = gql`
  query GovernanceReviews {
    governanceReviews { ${SUMMARY_FIELDS} }
  }
`;

export const GOVERNANCE_REVIEW: TypedDocumentNode<{ governanceReview: GovernanceReviewDetail }, { id: string }> = gql`
  query GovernanceReview($id: ID!) {
    governanceReview(id: $id) { ${SUMMARY_FIELDS} signOffComment pack }
  }
`;

export const SIGN_OFF_GOVERNANCE_REVIEW: TypedDocumentNode<
  { signOffGovernanceReview: GovernanceReviewSummary & { signOffComment: string | null } },
  { id: string; comment: string }
> = gql`
  mutation SignOffGovernanceReview($id: ID!, $comment: String!) {
    signOffGovernanceReview(id: $id, comment: $comment) { ${SUMMARY_FIELDS} signOffComment }
  }
`;

export const RUN_GOVERNANCE_REVIEW: TypedDocumentNode<
  { runGovernanceReview: { workflowId: string; month: string; outcome: string | null; review: { id: string } | null } },
  { month: string }
> = gql`
  mutation RunGovernanceReview($month: String!) {
    runGovernanceReview(month: $month) { workflowId month outcome review { id } }
  }
`;

/** Path of a review's detail page. */
export function reviewPath(id: string): string {
  return `/governance/reviews/${id}`;
}
