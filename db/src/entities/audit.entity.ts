import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './organisation.entity';

/** The kind of change an audit entry records. The values are the GraphQL `AuditAction` values. */
export enum AuditAction {
  DraftCreated = 'DRAFT_CREATED',
  DraftUpdated = 'DRAFT_UPDATED',
  SubmittedForReview = 'SUBMITTED_FOR_REVIEW',
  ReturnedToDraft = 'RETURNED_TO_DRAFT',
  Published = 'PUBLISHED',
  Retired = 'RETIRED',
  TeamUpdated = 'TEAM_UPDATED',
  UserUpdated = 'USER_UPDATED',
  LeadUpdated = 'LEAD_UPDATED',
  LeadReassigned = 'LEAD_REASSIGNED',
  SlaPaused = 'SLA_PAUSED',
  SlaResumed = 'SLA_RESUMED',
  /** Routing found no eligible member of the pool and used the pool's fallback. */
  RoutingFallback = 'ROUTING_FALLBACK',
  SignedIn = 'SIGNED_IN',
  LeadCreated = 'LEAD_CREATED',
  LeadAccepted = 'LEAD_ACCEPTED',
  LeadRejected = 'LEAD_REJECTED',
  LeadQualified = 'LEAD_QUALIFIED',
  LeadConverted = 'LEAD_CONVERTED',
  LeadDisqualified = 'LEAD_DISQUALIFIED',
  LeadRecycled = 'LEAD_RECYCLED',
  PipelineReviewed = 'PIPELINE_REVIEWED',
  ContactAttemptLogged = 'CONTACT_ATTEMPT_LOGGED',
  LeadNoteAdded = 'LEAD_NOTE_ADDED',
  ImportStarted = 'IMPORT_STARTED',
  NotificationsRead = 'NOTIFICATIONS_READ',
  OpportunityWon = 'OPPORTUNITY_WON',
  OpportunityLost = 'OPPORTUNITY_LOST',
  EngagementRecorded = 'ENGAGEMENT_RECORDED',
  /** A user refreshed a sign-in session and its refresh token was rotated. */
  SessionRefreshed = 'SESSION_REFRESHED',
  /** A sign-in session was revoked because a rotated refresh token was used again. */
  SessionRevoked = 'SESSION_REVOKED',
  /** A user signed out of one session. */
  SignedOut = 'SIGNED_OUT',
  /** A user signed out of every session. */
  SignedOutEverywhere = 'SIGNED_OUT_EVERYWHERE',
  /** The sessions of a deactivated user were revoked. */
  SessionsRevoked = 'SESSIONS_REVOKED',
  ApiKeyCreated = 'API_KEY_CREATED',
  ApiKeyRevoked = 'API_KEY_REVOKED',
  /** A governance draft was created with a calibration proposal applied. */
  CalibrationDraftCreated = 'CALIBRATION_DRAFT_CREATED',
  /** An admin signed off a monthly governance review with a comment. */
  GovernanceReviewSignedOff = 'GOVERNANCE_REVIEW_SIGNED_OFF',
  /** An admin asked for the monthly governance review of a month to be compiled now. */
  GovernanceReviewRequested = 'GOVERNANCE_REVIEW_REQUESTED',
}

/**
 * One recorded change: an administrative change, or a user's edit, reassignment or SLA pause on a
 * lead. It names who changed which record, its state before and after, and a sentence that describes
 * it. Rows are never updated. Most are written in the transaction of the change; the entries of
 * lifecycle requests (reassignment, SLA pause and resume) right after the lifecycle applied them.
 */
@Entity({ name: 'audit_entries' })
@Index('audit_entries_occurred_at', ['occurredAt', 'id'])
@Check('audit_entries_action_check', `"action" ~ '^[A-Z][A-Z_]*$'`)
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  action!: AuditAction;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'audit_entries_actor_id_fkey' })
  actor?: UserEntity | null;

  /** Kind of record changed: GOVERNANCE_VERSION, TEAM, USER, LEAD or SESSION. */
  @Column({ name: 'target_type', type: 'text' })
  targetType!: string;

  /** Id of the record changed: a version number, a team id, a user id, a lead id or a session id. */
  @Column({ name: 'target_id', type: 'text' })
  targetId!: string;

  /** The changed fields before the change; null when the record did not exist. */
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  /** The changed fields after the change. */
  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column('text')
  summary!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
