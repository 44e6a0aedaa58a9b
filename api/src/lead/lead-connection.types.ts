import { SlaState } from '@accord/db';
import { Motion, Stage } from '@accord/governance';
import { IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Lead } from './lead.type';
import { MotionEnum, SlaStateEnum, StageEnum } from '../schema/graphql-enums';

/** Upper bound of `first`, so one request cannot read the whole table. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType('LeadEdge', { description: 'A lead and its position in the list.' })
export class LeadEdge {
  @Field(() => String, { description: 'Opaque position of this lead; pass it as after to read the leads that follow.' })
  cursor!: string;

  @Field(() => Lead, { description: 'The lead.' })
  node!: Lead;
}

@ObjectType('PageInfo', { description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more leads follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether the page was read after a cursor, so leads precede it.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first lead of the page; null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last lead of the page; null for an empty page.' })
  endCursor!: string | null;
}

@ObjectType('LeadConnection', { description: 'One page of leads in queue order: SLA due time first (leads without one last), then id.' })
export class LeadConnection {
  @Field(() => [LeadEdge], { description: 'The leads of this page.' })
  edges!: LeadEdge[];

  @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of leads that match the filter and are visible to the caller, over all pages.' })
  totalCount!: number;
}

@InputType('LeadFilter', { description: 'Conditions a lead must all meet. An absent or empty list does not filter.' })
export class LeadFilter {
  @Field(() => [StageEnum], { nullable: true, description: 'Leads in any of these stages.' })
  stage?: Stage[] | null;

  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a user id (UUID)' })
  @Field(() => ID, { nullable: true, description: 'Leads owned by this user.' })
  ownerId?: string | null;

  @Field(() => [MotionEnum], { nullable: true, description: 'Leads of any of these motions.' })
  motion?: Motion[] | null;

  @Field(() => [SlaStateEnum], { nullable: true, description: 'Leads whose SLA clock is in any of these states.' })
  slaState?: SlaState[] | null;

  @IsOptional()
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  @Field(() => String, { nullable: true, description: 'Text contained in the name, company or e-mail address, ignoring case.' })
  search?: string | null;
}

@ArgsType()
export class LeadsArgs {
  @IsOptional()
  @Min(1, { message: `first must be from 1 to ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `first must be from 1 to ${MAX_PAGE_SIZE}` })
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, from 1 to ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts; omit it for the first page.' })
  after?: string | null;

  @IsOptional()
  @ValidateNested()
  @Field(() => LeadFilter, { nullable: true, description: 'Conditions the leads must meet.' })
  filter?: LeadFilter | null;
}
