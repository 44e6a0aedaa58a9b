import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LEAD_TEXT_LIMITS } from '@accord/governance';
import { LeadEntity } from './lead.entity';
import { UserEntity } from './organisation.entity';

/** The medium of a contact attempt. */
export enum ContactChannel {
  Phone = 'PHONE',
  Email = 'EMAIL',
  Meeting = 'MEETING',
  Other = 'OTHER',
}

/** The result of a contact attempt. */
export enum ContactOutcome {
  Reached = 'REACHED',
  NoAnswer = 'NO_ANSWER',
  LeftMessage = 'LEFT_MESSAGE',
  WrongNumber = 'WRONG_NUMBER',
  Bounced = 'BOUNCED',
}

/** Maximum length of a lead note's body in characters (Unicode code points), the limit of a lead action's note. */
export const MAX_LEAD_NOTE_LENGTH = LEAD_TEXT_LIMITS.note;

/**
 * One attempt by a user to reach a lead's contact. The first attempt on a lead counts as its first
 * touch for speed to lead.
 */
@Entity({ name: 'contact_attempts' })
@Index('contact_attempts_lead_time', ['leadId', 'occurredAt'])
@Check('contact_attempts_channel_check', `"channel" IN ('PHONE', 'EMAIL', 'MEETING', 'OTHER')`)
@Check('contact_attempts_outcome_check', `"outcome" IN ('REACHED', 'NO_ANSWER', 'LEFT_MESSAGE', 'WRONG_NUMBER', 'BOUNCED')`)
export class ContactAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  leadId!: string;

  @ManyToOne(() => LeadEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'contact_attempts_lead_id_fkey' })
  lead?: LeadEntity;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'contact_attempts_actor_id_fkey' })
  actor?: UserEntity | null;

  @Column('text')
  channel!: ContactChannel;

  @Column('text')
  outcome!: ContactOutcome;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}

/** A free-text note a user wrote on a lead. Notes are never edited. */
@Entity({ name: 'lead_notes' })
@Index('lead_notes_lead_time', ['leadId', 'createdAt'])
@Check('lead_notes_body_length', `char_length("body") BETWEEN 1 AND ${MAX_LEAD_NOTE_LENGTH}`)
export class LeadNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  leadId!: string;

  @ManyToOne(() => LeadEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'lead_notes_lead_id_fkey' })
  lead?: LeadEntity;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'lead_notes_actor_id_fkey' })
  actor?: UserEntity | null;

  @Column('text')
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
