import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './organisation.entity';

export enum ImportStatus {
  Running = 'RUNNING',
  Completed = 'COMPLETED',
  Failed = 'FAILED',
}

@Entity({ name: 'import_jobs' })
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'import_jobs_actor_id_fkey' })
  actor?: UserEntity | null;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column('text')
  preset!: string;

  @Column('text')
  status!: ImportStatus;

  @Column({ name: 'rows_total', type: 'integer', default: 0 })
  rowsTotal!: number;

  @Column({ name: 'rows_done', type: 'integer', default: 0 })
  rowsDone!: number;

  @Column({ name: 'rows_created', type: 'integer', default: 0 })
  rowsCreated!: number;

  @Column({ name: 'rows_duplicate', type: 'integer', default: 0 })
  rowsDuplicate!: number;

  @Column({ name: 'rows_invalid', type: 'integer', default: 0 })
  rowsInvalid!: number;

  /** Why the whole file failed, when it did (for example an unknown column layout). */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

export enum SubmissionChannel {
  Api = 'API',
  Import = 'IMPORT',
}

/**
 * A submission that was refused (invalid or duplicate), kept with its reasons and the payload as
 * received, so that nothing sent to Accord is lost in silence.
 */
@Entity({ name: 'submission_rejections' })
@Index('submission_rejections_job_row', ['importJobId', 'rowNumber'])
@Index('submission_rejections_created_at', ['createdAt'])
export class SubmissionRejectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  channel!: SubmissionChannel;

  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;

  @ManyToOne(() => ImportJobEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_job_id', foreignKeyConstraintName: 'submission_rejections_import_job_id_fkey' })
  importJob?: ImportJobEntity | null;

  /** 1 = the first data row of the file. */
  @Column({ name: 'row_number', type: 'integer', nullable: true })
  rowNumber!: number | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** DUPLICATE when the lead already exists, INVALID otherwise. */
  @Column('text')
  outcome!: string;

  /** FieldProblem[]: field, value and message of each problem. */
  @Column('jsonb')
  problems!: unknown[];

  @Column('jsonb')
  payload!: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
