import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from './organisation.entity';
import type { GovernanceModel } from '@accord/governance';

export enum GovernanceStatus {
  Draft = 'DRAFT',
  InReview = 'IN_REVIEW',
  Published = 'PUBLISHED',
  Retired = 'RETIRED',
}

/** One version of the governance model. Exactly one row is PUBLISHED; a published model is never updated. */
@Entity({ name: 'governance_versions' })
@Index('governance_versions_one_published', ['status'], { unique: true, where: `"status" = 'PUBLISHED'` })
@Check('governance_versions_status_check', `"status" IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED')`)
export class GovernanceVersionEntity {
  @PrimaryColumn('integer')
  version!: number;

  @Column('text')
  status!: GovernanceStatus;

  @Column('jsonb')
  model!: GovernanceModel;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'governance_versions_created_by_fkey' })
  creator?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'governance_versions_published_by_fkey' })
  publisher?: UserEntity | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** The version a draft was copied from; null for a version that was not copied, such as the seeded first one. */
  @Column({ name: 'based_on', type: 'integer', nullable: true })
  basedOn!: number | null;
}

/**
 * Catalogue of every reason code any version has defined, so that a transition keeps a readable
 * label after its code is retired. The governance model decides which codes are active.
 */
@Entity({ name: 'reason_codes' })
export class ReasonCodeEntity {
  @PrimaryColumn('text')
  code!: string;

  @Column('text')
  label!: string;

  @Column('text', { array: true })
  kinds!: string[];

  @Column({ name: 'note_required', type: 'boolean', default: false })
  noteRequired!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Round-robin state of a routing pool: the last ticket handed out, advanced atomically. */
@Entity({ name: 'routing_pools' })
export class RoutingPoolStateEntity {
  @PrimaryColumn('text')
  key!: string;

  @Column({ type: 'bigint', default: 0 })
  rotation!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
