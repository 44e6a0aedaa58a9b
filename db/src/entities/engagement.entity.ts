import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LeadEntity } from './lead.entity';
import { UserEntity } from './organisation.entity';

/** The channel through which an engagement event reached Accord. */
export enum EngagementSource {
  /** A signed-in user (admin, marketing ops or partner) called `recordEngagement`. */
  User = 'USER',
}

/**
 * One engagement event of a lead, such as a demo request, as behaviour scoring reads it. The sender's
 * `idempotency_key` is unique, so a retried request stores the event once.
 */
@Entity({ name: 'engagement_events' })
@Index('engagement_events_lead_time', ['leadId', 'occurredAt'])
export class EngagementEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  leadId!: string;

  @ManyToOne(() => LeadEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'engagement_events_lead_id_fkey' })
  lead?: LeadEntity;

  /** Event name as the governance model's behaviour weights name it, such as `demo_request`. */
  @Column('text')
  event!: string;

  /** When the lead engaged, as the sender reported it. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** When Accord stored the event. */
  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column('text')
  source!: EngagementSource;

  /** The user who sent the event; null once that user is deleted. */
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'engagement_events_recorded_by_fkey' })
  recorder?: UserEntity | null;

  @Index('engagement_events_idempotency_key', { unique: true })
  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;
}
