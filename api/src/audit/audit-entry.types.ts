import { AuditAction } from '@accord/db';
import { IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { PageInfo } from '../lead/lead-connection.types';
import { AuditActionEnum } from '../schema/graphql-enums';
import { JsonObjectScalar } from '../schema/json.scalar';

export const MAX_AUDIT_PAGE_SIZE = 200;
export const DEFAULT_AUDIT_PAGE_SIZE = 50;

@ObjectType('AuditEntry', { description: 'One administrative change: who changed which record, and its state before and after.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Entry id (UUID).' })
  id!: string;

  @Field(() => AuditActionEnum, { description: 'The kind of change.' })
  action!: AuditAction;

  @Field(() => String, { description: 'Kind of record changed: GOVERNANCE_VERSION, TEAM, USER, LEAD, IMPORT_JOB, SESSION or another record type named by its action.' })
  targetType!: string;

  @Field(() => String, { description: 'Id of the record changed: a version number, a team id, a user id, a lead id or a session id.' })
  targetId!: string;

  @Field(() => JsonObjectScalar, {
    nullable: true,
    description: 'The changed fields before the change; null when the record did not exist.',
  })
  before!: Record<string, unknown> | null;

  @Field(() => JsonObjectScalar, { nullable: true, description: 'The changed fields after the change.' })
  after!: Record<string, unknown> | null;

  @Field(() => String, { description: 'The change in one sentence.' })
  summary!: string;

  @Field(() => Date, { description: 'When the change was committed.' })
  occurredAt!: Date;

  /** Resolved to `actor` by the audit log resolver. */
  actorId!: string | null;
}

@ObjectType('AuditEntryEdge', { description: 'An audit entry and its position in the log.' })
export class AuditEntryEdge {
  @Field(() => String, { description: 'Opaque position of this entry; pass it as after to read the older entries that follow.' })
  cursor!: string;

  @Field(() => AuditEntry, { description: 'The entry.' })
  node!: AuditEntry;
}

@ObjectType('AuditEntryConnection', { description: 'One page of the audit log, newest first.' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: 'The entries of this page.' })
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of entries that match the filter, over all pages.' })
  totalCount!: number;
}

@InputType('AuditFilter', { description: 'Conditions an audit entry must all meet. An absent or empty list does not filter.' })
export class AuditFilter {
  @Field(() => [AuditActionEnum], { nullable: true, description: 'Entries of any of these actions.' })
  action?: AuditAction[] | null;

  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a user id (UUID)' })
  @Field(() => ID, { nullable: true, description: 'Entries of changes made by this user.' })
  actorId?: string | null;

  @IsOptional()
  @MaxLength(100, { message: 'targetType must be at most 100 characters' })
  @Field(() => String, { nullable: true, description: 'Entries about this kind of record, such as GOVERNANCE_VERSION.' })
  targetType?: string | null;

  @Field(() => Date, { nullable: true, description: 'Entries that occurred at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries that occurred before this instant.' })
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs {
  @IsOptional()
  @Min(1, { message: `first must be from 1 to ${MAX_AUDIT_PAGE_SIZE}` })
  @Max(MAX_AUDIT_PAGE_SIZE, { message: `first must be from 1 to ${MAX_AUDIT_PAGE_SIZE}` })
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_AUDIT_PAGE_SIZE, description: `Page size, from 1 to ${MAX_AUDIT_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts; omit it for the newest entries.' })
  after?: string | null;

  @IsOptional()
  @ValidateNested()
  @Field(() => AuditFilter, { nullable: true, description: 'Conditions the entries must meet.' })
  filter?: AuditFilter | null;
}

@ArgsType()
export class AuditLogCsvArgs {
  @IsOptional()
  @ValidateNested()
  @Field(() => AuditFilter, { nullable: true, description: 'Conditions the entries must meet.' })
  filter?: AuditFilter | null;
}
