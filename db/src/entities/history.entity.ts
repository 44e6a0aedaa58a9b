import { Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReasonCodeEntity } from './governance.entity';
import { LeadEntity } from './lead.entity';
import { UserEntity } from './organisation.entity';

/** The kind of actor behind a transition or event: a signed-in user, the lifecycle workflow, or an import. */
export enum ActorKind {
  User = 'USER',
  System = 'SYSTEM',
  Import = 'IMPORT',
}

/**
 * One row per stage transition. `idempotency_key` is unique, so an activity retried by Temporal
 * writes the row once.
 */
@Entity({ name: 'stage_transitions' })
@Index('stage_transitions_lead_time', ['leadId', 'occurredAt'])
@Index('stage_transitions_sequence', ['sequence'])
export class StageTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Insertion order, to list transitions that share an instant in the order they were written. */
  @Generated('increment')
  @Column({ type: 'bigint' })
  sequence!: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  leadId!: string;

  @ManyToOne(() => LeadEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'stage_transitions_lead_id_fkey' })
  lead?: LeadEntity;

  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage!: string | null;

  @Column({ name: 'to_stage', type: 'text' })
  toStage!: string;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind!: ActorKind;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'stage_transitions_actor_id_fkey' })
  actor?: UserEntity | null;

  @Column({ name: 'reason_code', type: 'text', nullable: true })
  reasonCode!: string | null;

  @ManyToOne(() => ReasonCodeEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reason_code', foreignKeyConstraintName: 'stage_transitions_reason_code_fkey' })
  reason?: ReasonCodeEntity | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'governance_version', type: 'integer' })
  governanceVersion!: number;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Index({ unique: true })
  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  /**
   * When the row was inserted, by the database clock. Unlike `occurred_at`, which the writer sets,
   * this is close to when `sequence` was taken, so the partner change feed can wait until every
   * transaction that could hold a lower sequence has committed.
   */
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt!: Date;
}

export enum SlaEventKind {
  Armed = 'ARMED',
  Warning = 'WARNING',
  Breached = 'BREACHED',
  Escalated = 'ESCALATED',
  Reassigned = 'REASSIGNED',
  Met = 'MET',
  Cancelled = 'CANCELLED',
  Paused = 'PAUSED',
  Resumed = 'RESUMED',
}

@Entity({ name: 'sla_events' })
@Index('sla_events_lead_time', ['leadId', 'occurredAt'])
export class SlaEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Insertion order, to list events that share an instant in the order they were written. */
  @Generated('increment')
  @Column({ type: 'bigint' })
  sequence!: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  leadId!: string;

  @ManyToOne(() => LeadEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'sla_events_lead_id_fkey' })
  lead?: LeadEntity;

  @Column('text')
  stage!: string;

  @Column('text')
  kind!: SlaEventKind;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'sla_events_owner_id_fkey' })
  owner?: UserEntity | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @Index({ unique: true })
  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;
}

@Entity({ name: 'notifications' })
@Index('notifications_recipient_time', ['recipientId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => UserEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'notifications_recipient_id_fkey' })
  recipient?: UserEntity;

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  @ManyToOne(() => LeadEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'notifications_lead_id_fkey' })
  lead?: LeadEntity | null;

  @Column('text')
  kind!: string;

  @Column('text')
  message!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Index({ unique: true })
  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;
}
