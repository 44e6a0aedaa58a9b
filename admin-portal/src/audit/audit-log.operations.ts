import { gql, type TypedDocumentNode } from '@apollo/client';

export type AuditAction =
  | 'DRAFT_CREATED'
  | 'DRAFT_UPDATED'
  | 'SUBMITTED_FOR_REVIEW'
  | 'RETURNED_TO_DRAFT'
  | 'PUBLISHED'
  | 'RETIRED'
  | 'TEAM_UPDATED'
  | 'USER_UPDATED'
  | 'LEAD_UPDATED'
  | 'LEAD_REASSIGNED'
  | 'SLA_PAUSED'
  | 'SLA_RESUMED'
  | 'ROUTING_FALLBACK'
  | 'SIGNED_IN'
  | 'LEAD_CREATED'
  | 'LEAD_ACCEPTED'
  | 'LEAD_REJECTED'
  | 'LEAD_QUALIFIED'
  | 'LEAD_CONVERTED'
  | 'LEAD_DISQUALIFIED'
  | 'LEAD_RECYCLED'
  | 'PIPELINE_REVIEWED'
  | 'CONTACT_ATTEMPT_LOGGED'
  | 'LEAD_NOTE_ADDED'
  | 'IMPORT_STARTED'
  | 'NOTIFICATIONS_READ'
  | 'OPPORTUNITY_WON'
  | 'OPPORTUNITY_LOST'
  | 'ENGAGEMENT_RECORDED'
  | 'SESSION_REFRESHED'
  | 'SESSION_REVOKED'
  | 'SIGNED_OUT'
  | 'SIGNED_OUT_EVERYWHERE'
  | 'SESSIONS_REVOKED'
  | 'API_KEY_CREATED'
  | 'API_KEY_REVOKED'
  | 'CALIBRATION_DRAFT_CREATED'
  | 'GOVERNANCE_REVIEW_SIGNED_OFF'
  | 'GOVERNANCE_REVIEW_REQUESTED';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'DRAFT_CREATED',
  'DRAFT_UPDATED',
  'SUBMITTED_FOR_REVIEW',
  'RETURNED_TO_DRAFT',
  'PUBLISHED',
  'RETIRED',
  'TEAM_UPDATED',
  'USER_UPDATED',
  'LEAD_UPDATED',
  'LEAD_REASSIGNED',
  'SLA_PAUSED',
  'SLA_RESUMED',
  'ROUTING_FALLBACK',
  'SIGNED_IN',
  'LEAD_CREATED',
  'LEAD_ACCEPTED',
  'LEAD_REJECTED',
  'LEAD_QUALIFIED',
  'LEAD_CONVERTED',
  'LEAD_DISQUALIFIED',
  'LEAD_RECYCLED',
  'PIPELINE_REVIEWED',
  'CONTACT_ATTEMPT_LOGGED',
  'LEAD_NOTE_ADDED',
  'IMPORT_STARTED',
  'NOTIFICATIONS_READ',
  'OPPORTUNITY_WON',
  'OPPORTUNITY_LOST',
  'ENGAGEMENT_RECORDED',
  'SESSION_REFRESHED',
  'SESSION_REVOKED',
  'SIGNED_OUT',
  'SIGNED_OUT_EVERYWHERE',
  'SESSIONS_REVOKED',
  'API_KEY_CREATED',
  'API_KEY_REVOKED',
  'CALIBRATION_DRAFT_CREATED',
  'GOVERNANCE_REVIEW_SIGNED_OFF',
  'GOVERNANCE_REVIEW_REQUESTED',
];

export interface AuditEntry {
  id: string;
  action: AuditAction;
  actor: { id: string; name: string } | null;
  targetType: string;
  targetId: string;
  /** The changed fields before and after the change, as the API stored them. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  summary: string;
  occurredAt: string;
}

export interface AuditFilter {
  action?: AuditAction[];
  actorId?: string;
  targetType?: string;
  /** ISO 8601 instants that bound `occurredAt`. */
  from?: string;
  to?: string;
}

export interface AuditLogData {
  auditLog: {
    edges: { cursor: string; node: AuditEntry }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

export const AUDIT_LOG: TypedDocumentNode<AuditLogData, { first: number; after?: string | null; filter: AuditFilter }> = gql`
  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          action
          actor {
            id
            name
          }
          targetType
          targetId
          before
          after
          summary
          occurredAt
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

export const AUDIT_LOG_CSV: TypedDocumentNode<{ auditLogCsv: string }, { filter: AuditFilter }> = gql`
  query AuditLogCsv($filter: AuditFilter) {
    auditLogCsv(filter: $filter)
  }
`;
