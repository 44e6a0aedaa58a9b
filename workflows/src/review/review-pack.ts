/**
 * The review pack stored in `governance_reviews.pack`: plain JSON, written once per month by the
 * review workflow and read by the API and the admin portal. `version` changes when the shape does.
 */

export const REVIEW_PACK_VERSION = 1;

/** At most this many stuck leads are listed in a pack; `stuckLeads.total` counts them all. */
export const MAX_STUCK_LEADS_IN_PACK = 200;

/** Rejection reasons listed per segment. */
export const TOP_REJECTION_REASONS = 3;

export type KpiUnit = 'COUNT' | 'RATIO' | 'SECONDS';

/** One KPI of the reviewed month beside the month before. */
export interface ReviewKpi {
  key: string;
  label: string;
  unit: KpiUnit;
  value: number | null;
  previous: number | null;
  /** `value - previous`; null when either is null. Ratios change in ratio points (0.05 is 5 points). */
  change: number | null;
}

export interface TeamSlaCompliance {
  /** Null for SLA clocks without a team (before routing). */
  teamId: string | null;
  teamLabel: string;
  met: number;
  breached: number;
  /** met / (met + breached), ratio 0..1; null without outcomes. */
  complianceRate: number | null;
  stages: Array<{ stage: string; met: number; breached: number; complianceRate: number | null }>;
}

export interface SegmentRejectionReasons {
  /** A company size band key such as `200-999`, or UNKNOWN. */
  segment: string;
  rejections: number;
  reasons: Array<{ reasonCode: string | null; label: string; leads: number; share: number }>;
}

export interface StuckLead {
  leadId: string;
  company: string | null;
  stage: string;
  motion: string;
  ownerId: string | null;
  ownerName: string | null;
  teamLabel: string | null;
  slaState: string;
  /** When the lead entered its stage (for opportunities: the start of the running review clock). */
  stageEnteredAt: string;
  /** The stage's SLA target in business seconds; null when only the breach flags the lead. */
  limitSeconds: number | null;
  /** BREACHED: the SLA state is BREACHED. OVER_LIMIT: more business time in the stage than the limit. */
  reasons: Array<'BREACHED' | 'OVER_LIMIT'>;
}

export interface MotionCalibration {
  motion: string;
  governanceVersion: number;
  leadCount: number;
  decisionCount: number;
  /** Reason nothing is proposed when the motion has too few outcomes; otherwise null. */
  refusal: string | null;
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
  /** Set instead of the figures when the report could not be built, such as without a published version. */
  error: string | null;
}

export interface GovernanceReviewPack {
  version: typeof REVIEW_PACK_VERSION;
  month: string;
  previousMonth: string;
  /** IANA zone of the month boundaries: the review calendar's. */
  timeZone: string;
  calendarSource: string;
  compiledAt: string;
  /** Changes to the KPI fact table not yet applied when the KPIs were read; 0 means complete. */
  kpiPendingChanges: number;
  kpis: ReviewKpi[];
  slaComplianceByTeam: TeamSlaCompliance[];
  rejectionReasonsBySegment: SegmentRejectionReasons[];
  stuckLeads: { total: number; asOf: string; leads: StuckLead[] };
  calibration: MotionCalibration[];
}
