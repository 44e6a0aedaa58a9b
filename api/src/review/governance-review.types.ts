import { GovernanceReviewStatus } from '@accord/db';
import { ArgsType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { keyedByValue } from '../schema/graphql-enums';
import { JsonObjectScalar } from '../schema/json.scalar';

/** Maximum length of a sign-off comment, in characters. */
export const MAX_SIGN_OFF_COMMENT_LENGTH = 2_000;

export const GovernanceReviewStatusEnum = keyedByValue(Object.values(GovernanceReviewStatus));

registerEnumType(GovernanceReviewStatusEnum, {
  name: 'GovernanceReviewStatus',
  description: 'Status of a monthly governance review.',
  valuesConfig: {
    COMPILED: { description: 'The review workflow stored the pack; it waits for an admin to sign it off.' },
    SIGNED_OFF: { description: 'An admin signed the review off with a comment; the review no longer changes.' },
  },
});

@ObjectType('GovernanceReview', {
  description: 'The monthly governance review of one calendar month: the compiled review pack and its sign-off.',
})
export class GovernanceReview {
  @Field(() => ID, { description: 'Review id (UUID).' })
  id!: string;

  @Field(() => String, { description: 'The reviewed month, YYYY-MM.' })
  month!: string;

  @Field(() => GovernanceReviewStatusEnum, { description: 'COMPILED until an admin signs it off, then SIGNED_OFF.' })
  status!: GovernanceReviewStatus;

  @Field(() => Date, { description: 'When the review workflow compiled the pack.' })
  compiledAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the review was signed off; null while COMPILED.' })
  signedOffAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The sign-off comment; null while COMPILED.' })
  signOffComment!: string | null;

  @Field(() => JsonObjectScalar, {
    description:
      'The review pack as compiled (version 1): month, previousMonth, timeZone, kpis (value, previous, change), slaComplianceByTeam, rejectionReasonsBySegment, stuckLeads (total, leads) and calibration (proposals per motion).',
  })
  pack!: Record<string, unknown>;

  /** Resolved to `signedOffBy` by the resolver. */
  signedOffById!: string | null;
}

@ObjectType('GovernanceReviewRun', { description: 'An on-demand run of the monthly review workflow.' })
export class GovernanceReviewRun {
  @Field(() => String, { description: 'Temporal workflow id of the run, governance-review-<month>.' })
  workflowId!: string;

  @Field(() => String, { description: 'The month the run compiles, YYYY-MM.' })
  month!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'COMPILED (this run stored the pack) or ALREADY_STORED (the month had a pack, which stays as it was); null while the run is still going after 30 seconds.',
  })
  outcome!: string | null;

  @Field(() => GovernanceReview, { nullable: true, description: 'The stored review of the month; null while the run is still going.' })
  review!: GovernanceReview | null;
}

@ArgsType()
export class SignOffGovernanceReviewArgs {
  @Field(() => ID, { description: 'Review id (UUID).' })
  id!: string;

  @Field(() => String, { description: `What the review concluded, 1 to ${MAX_SIGN_OFF_COMMENT_LENGTH} characters after trimming.` })
  comment!: string;
}
