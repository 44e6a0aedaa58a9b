import { Stage } from '@accord/governance';
import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { StageEnum } from '../schema/graphql-enums';
import { PartnerStatus, PartnerStatusEnum } from './partner-status';

export const DEFAULT_FEED_PAGE_SIZE = 50;
export const MAX_FEED_PAGE_SIZE = 200;

/** The kind of change of a partner's lead, derived from one stage transition. */
export enum PartnerLeadChangeKind {
  /** The lead was stored (its first transition, to LEAD). */
  Submitted = 'SUBMITTED',
  /** A rep accepted the hand-off (to SAL). */
  Accepted = 'ACCEPTED',
  /** A rep rejected the hand-off with a reason code (to REJECTED). */
  Rejected = 'REJECTED',
  /** The lead was recycled or disqualified with a reason code. */
  Closed = 'CLOSED',
  /** Any other stage change: to MQL, SQL or OPPORTUNITY. */
  StageChanged = 'STAGE_CHANGED',
}

export const PartnerLeadChangeKindEnum = Object.fromEntries(Object.values(PartnerLeadChangeKind).map((value) => [value, value])) as {
  [K in PartnerLeadChangeKind]: K;
};

registerEnumType(PartnerLeadChangeKindEnum, {
  name: 'PartnerLeadChangeKind',
  description:
    'What happened to a partner’s lead: SUBMITTED (stored at LEAD), ACCEPTED (to SAL), REJECTED (with a reason code), CLOSED ' +
    '(recycled or disqualified, with a reason code) or STAGE_CHANGED (to MQL, SQL or OPPORTUNITY).',
});

@ObjectType('PartnerLeadChange', { description: 'One change of one of the partner’s leads.' })
export class PartnerLeadChange {
  @Field(() => String, { description: 'Opaque position of this change; pass it as after to read the changes that follow.' })
  cursor!: string;

  @Field(() => ID, { description: 'Id of the lead that changed.' })
  leadId!: string;

  @Field(() => PartnerLeadChangeKindEnum, { description: 'What happened.' })
  kind!: PartnerLeadChangeKind;

  @Field(() => StageEnum, { description: 'The stage the lead entered.' })
  stage!: Stage;

  @Field(() => PartnerStatusEnum, { description: 'The lead’s status for the partner after the change.' })
  partnerStatus!: PartnerStatus;

  @Field(() => String, { nullable: true, description: 'Reason code given with a rejection or closure; null otherwise.' })
  reasonCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Label of the reason code; null without a reason code.' })
  reasonLabel!: string | null;

  @Field(() => Date, { description: 'When the change happened.' })
  occurredAt!: Date;
}

@ObjectType('PartnerLeadChangeConnection', { description: 'One page of the partner’s change feed, oldest change first.' })
export class PartnerLeadChangeConnection {
  @Field(() => [PartnerLeadChange], { description: 'The changes of this page, oldest first.' })
  changes!: PartnerLeadChange[];

  @Field(() => String, {
    nullable: true,
    description: 'Cursor to pass as after for the next page: the last change’s cursor, or the after you sent when the page is empty.',
  })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether more changes can be read right now; poll again later when false.' })
  hasNextPage!: boolean;
}

@ArgsType()
export class PartnerLeadChangesArgs {
  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts; omit it to read from the first change.' })
  after?: string | null;

  @IsOptional()
  @Min(1, { message: `first must be from 1 to ${MAX_FEED_PAGE_SIZE}` })
  @Max(MAX_FEED_PAGE_SIZE, { message: `first must be from 1 to ${MAX_FEED_PAGE_SIZE}` })
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_FEED_PAGE_SIZE, description: `Page size, from 1 to ${MAX_FEED_PAGE_SIZE}.` })
  first?: number | null;
}
