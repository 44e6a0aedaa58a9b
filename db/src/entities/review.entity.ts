import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './organisation.entity';

/** Status of a monthly governance review: compiled by the workflow, then signed off by an admin. */
export enum GovernanceReviewStatus {
  Compiled = 'COMPILED',
  SignedOff = 'SIGNED_OFF',
}

/**
 * The monthly governance review of one calendar month: the pack the review workflow compiled (KPIs,
 * SLA compliance, rejection reasons, stuck leads, calibration proposals) and its sign-off. `month` is
 * unique, so a retried or repeated run for a month finds the stored pack instead of adding one.
 */
@Entity({ name: 'governance_reviews' })
@Check('governance_reviews_month_check', `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
@Check('governance_reviews_status_check', `"status" IN ('COMPILED', 'SIGNED_OFF')`)
@Check(
  'governance_reviews_sign_off_check',
  `("status" = 'SIGNED_OFF') = ("signed_off_at" IS NOT NULL AND "sign_off_comment" IS NOT NULL)`,
)
export class GovernanceReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The reviewed calendar month, `YYYY-MM`. */
  @Index('governance_reviews_month_key', { unique: true })
  @Column('text')
  month!: string;

  @Column({ type: 'text', default: GovernanceReviewStatus.Compiled })
  status!: GovernanceReviewStatus;

  /** The compiled review pack (`GovernanceReviewPack` in workflows/src/review). */
  @Column('jsonb')
  pack!: Record<string, unknown>;

  @Column({ name: 'compiled_at', type: 'timestamptz' })
  compiledAt!: Date;

  /** The admin who signed off; null until then, or after that user was deleted. */
  @Column({ name: 'signed_off_by', type: 'uuid', nullable: true })
  signedOffBy!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'signed_off_by', foreignKeyConstraintName: 'governance_reviews_signed_off_by_fkey' })
  signer?: UserEntity | null;

  @Column({ name: 'signed_off_at', type: 'timestamptz', nullable: true })
  signedOffAt!: Date | null;

  @Column({ name: 'sign_off_comment', type: 'text', nullable: true })
  signOffComment!: string | null;
}
