import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BusinessCalendar, ScoreBreakdownLine } from '@accord/governance';
import { ImportJobEntity } from './intake.entity';
import { PartnerEntity, TeamEntity, UserEntity } from './organisation.entity';

export enum SlaState {
  None = 'NONE',
  OnTrack = 'ON_TRACK',
  Warning = 'WARNING',
  Breached = 'BREACHED',
  Met = 'MET',
  /** The clock is stopped for a reason its policy allows; the deadline moves out on resume. */
  Paused = 'PAUSED',
}

/** One entry of the routing trace kept on a lead: why it went to its owner and why others were skipped. */
export interface RoutingTraceEntry {
  step: 'RULE' | 'CANDIDATE' | 'ASSIGNED' | 'FALLBACK';
  key: string;
  outcome: string;
}

@Entity({ name: 'leads' })
@Index('leads_queue_order', ['slaDueAt', 'id'])
@Index('leads_owner_stage', ['ownerId', 'stage'])
@Index('leads_arrived_at', ['arrivedAt'])
@Index('leads_idempotency', ['idempotencyScope', 'idempotencyKey'], { unique: true, where: '"idempotency_key" IS NOT NULL' })
@Index('leads_partner_id', ['partnerId'])
@Check('leads_fit_score_range', '"fit_score" BETWEEN 0 AND 100')
@Check('leads_behaviour_score_range', '"behaviour_score" BETWEEN 0 AND 100')
export class LeadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  email!: string;

  /** Trimmed, lower-case e-mail; duplicates are detected on it. */
  @Index()
  @Column({ name: 'email_normalized', type: 'text' })
  emailNormalized!: string;

  @Column({ name: 'first_name', type: 'text', nullable: true })
  firstName!: string | null;

  @Column({ name: 'last_name', type: 'text', nullable: true })
  lastName!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  company!: string | null;

  @Column({ name: 'company_domain', type: 'text', nullable: true })
  companyDomain!: string | null;

  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  @Column({ name: 'employee_count', type: 'integer', nullable: true })
  employeeCount!: number | null;

  /** Whole US dollars. */
  @Column({ name: 'annual_revenue_usd', type: 'bigint', nullable: true })
  annualRevenueUsd!: string | null;

  @Column({ type: 'text', nullable: true })
  country!: string | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ name: 'source_status', type: 'text', nullable: true })
  sourceStatus!: string | null;

  @Column('text')
  motion!: string;

  @Column({ name: 'use_case', type: 'text', nullable: true })
  useCase!: string | null;

  @Column({ type: 'boolean', nullable: true })
  consent!: boolean | null;

  @Column({ name: 'partner_id', type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => PartnerEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'leads_partner_id_fkey' })
  partner?: PartnerEntity | null;

  /** The user or partner account that submitted the lead; null for imports run from the command line. */
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by', foreignKeyConstraintName: 'leads_submitted_by_fkey' })
  submitter?: UserEntity | null;

  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;

  /**
   * Owner of the idempotency key: `partner:<partnerId>` for a partner's submissions and
   * `user:<userId>` for anyone else's. Null when the submission carried no idempotency key.
   */
  @Column({ name: 'idempotency_scope', type: 'text', nullable: true })
  idempotencyScope!: string | null;

  /** The caller's idempotency key of the submission that created the lead, unique per scope. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @ManyToOne(() => ImportJobEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'import_job_id', foreignKeyConstraintName: 'leads_import_job_id_fkey' })
  importJob?: ImportJobEntity | null;

  /** Points, 0 to 100. */
  @Column({ name: 'fit_score', type: 'integer', default: 0 })
  fitScore!: number;

  /** Points, 0 to 100. */
  @Column({ name: 'behaviour_score', type: 'integer', default: 0 })
  behaviourScore!: number;

  @Column({ name: 'score_breakdown', type: 'jsonb' })
  scoreBreakdown!: ScoreBreakdownLine[];

  @Column({ type: 'text', default: 'LEAD' })
  stage!: string;

  /** Reason code of the exit the lead is in (REJECTED, RECYCLED, DISQUALIFIED). */
  @Column({ name: 'reason_code', type: 'text', nullable: true })
  reasonCode!: string | null;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'leads_owner_id_fkey' })
  owner?: UserEntity | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'leads_team_id_fkey' })
  team?: TeamEntity | null;

  @Column({ name: 'routing_pool', type: 'text', nullable: true })
  routingPool!: string | null;

  @Column({ name: 'routing_trace', type: 'jsonb' })
  routingTrace!: RoutingTraceEntry[];

  /** Number of reassignments made by SLA escalation. */
  @Column({ name: 'escalation_count', type: 'integer', default: 0 })
  escalationCount!: number;

  /** Governance version the lead's current stage was entered under. */
  @Column({ name: 'governance_version', type: 'integer' })
  governanceVersion!: number;

  @Column({ name: 'sla_state', type: 'text', default: 'NONE' })
  slaState!: SlaState;

  /** The stage whose SLA policy the running clock follows (SAL while an assigned MQL awaits acceptance). */
  @Column({ name: 'sla_stage', type: 'text', nullable: true })
  slaStage!: string | null;

  /** The business calendar the running SLA was computed on, kept so a restarted lifecycle reuses it. */
  @Column({ name: 'sla_calendar', type: 'jsonb', nullable: true })
  slaCalendar!: BusinessCalendar | null;

  @Column({ name: 'sla_started_at', type: 'timestamptz', nullable: true })
  slaStartedAt!: Date | null;

  @Column({ name: 'sla_warn_at', type: 'timestamptz', nullable: true })
  slaWarnAt!: Date | null;

  @Column({ name: 'sla_due_at', type: 'timestamptz', nullable: true })
  slaDueAt!: Date | null;

  @Column({ name: 'arrived_at', type: 'timestamptz' })
  arrivedAt!: Date;

  @Column({ name: 'routed_at', type: 'timestamptz', nullable: true })
  routedAt!: Date | null;

  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true })
  assignedAt!: Date | null;

  @Column({ name: 'first_touch_at', type: 'timestamptz', nullable: true })
  firstTouchAt!: Date | null;

  /** Speed to lead: arrival to first rep touch, in calendar seconds. */
  @Column({ name: 'speed_to_lead_seconds', type: 'integer', nullable: true })
  speedToLeadSeconds!: number | null;

  /** Speed to lead in business seconds on the calendar of the owner who touched the lead first. */
  @Column({ name: 'speed_to_lead_business_seconds', type: 'integer', nullable: true })
  speedToLeadBusinessSeconds!: number | null;

  /** SLA time to first touch: assignment to first rep touch, in calendar seconds. */
  @Column({ name: 'response_seconds', type: 'integer', nullable: true })
  responseSeconds!: number | null;

  /** SLA time to first touch in business seconds on the owner's calendar. */
  @Column({ name: 'response_business_seconds', type: 'integer', nullable: true })
  responseBusinessSeconds!: number | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
