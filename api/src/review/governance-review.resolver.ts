import type { GovernanceReviewEntity } from '@accord/db';
import { Role } from '@accord/governance';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import type { RequestContext } from '../context/request-context';
import { User } from '../organisation/user.type';
import { GovernanceReview, GovernanceReviewRun, SignOffGovernanceReviewArgs } from './governance-review.types';

/**
 * Admins and marketing ops read the reviews. Managers do not: a pack covers every team's SLA
 * compliance and stuck leads, while managers see only their own team's leads.
 */
const REVIEW_READERS = [Role.Admin, Role.MarketingOps];

function toGovernanceReview(entity: GovernanceReviewEntity): GovernanceReview {
  return {
    id: entity.id,
    month: entity.month,
    status: entity.status,
    compiledAt: entity.compiledAt,
    signedOffAt: entity.signedOffAt,
    signOffComment: entity.signOffComment,
    pack: entity.pack,
    signedOffById: entity.signedOffBy,
  };
}

@Resolver(() => GovernanceReview)
export class GovernanceReviewResolver {
  @Authorized(...REVIEW_READERS)
  @Query(() => [GovernanceReview], { description: 'Every monthly governance review, newest month first.' })
  async governanceReviews(@Ctx() context: RequestContext): Promise<GovernanceReview[]> {
    return (await context.services.governanceReviews.list()).map(toGovernanceReview);
  }

  @Authorized(...REVIEW_READERS)
  @Query(() => GovernanceReview, { description: 'One monthly governance review with its pack; NOT_FOUND for an unknown id.' })
  async governanceReview(@Ctx() context: RequestContext, @Arg('id', () => ID, { description: 'Review id (UUID).' }) id: string): Promise<GovernanceReview> {
    return toGovernanceReview(await context.services.governanceReviews.get(id));
  }

  @Authorized(Role.Admin)
  @Mutation(() => GovernanceReview, {
    description: 'Signs a COMPILED review off with a comment and records it in the audit log. CONFLICT when it is already signed off.',
  })
  async signOffGovernanceReview(
    @Ctx() context: RequestContext,
    @Args(() => SignOffGovernanceReviewArgs) args: SignOffGovernanceReviewArgs,
  ): Promise<GovernanceReview> {
    return toGovernanceReview(await context.services.governanceReviews.signOff(requireCaller(context), args.id, args.comment));
  }

  @Authorized(Role.Admin)
  @Mutation(() => GovernanceReviewRun, {
    description:
      'Runs the monthly review workflow for a month now, on any day, and waits up to 30 seconds for it. A month that already has a pack keeps it (outcome ALREADY_STORED).',
  })
  async runGovernanceReview(
    @Ctx() context: RequestContext,
    @Arg('month', () => String, { description: 'The month to review, YYYY-MM, not after the current month (UTC).' }) month: string,
  ): Promise<GovernanceReviewRun> {
    const run = await context.services.governanceReviews.run(requireCaller(context), month);

    return { ...run, review: run.review === null ? null : toGovernanceReview(run.review) };
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who signed off; null while COMPILED or when the account was deleted.' })
  signedOffBy(@Root() review: GovernanceReview, @Ctx() context: RequestContext): Promise<User | null> {
    return review.signedOffById === null ? Promise.resolve(null) : context.loaders.users.load(review.signedOffById);
  }
}
