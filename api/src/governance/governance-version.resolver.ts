import { Role, type GovernanceModel } from '@accord/governance';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context/request-context';
import { User } from '../organisation/user.type';
import { JsonObjectScalar } from '../schema/json.scalar';
import { findModelProblems } from './find-model-problems';
import { GovernanceDiffEntry, ModelProblem, ReasonCodeUsage } from './governance-lifecycle.types';
import { GovernanceVersion } from './governance.types';
import { toGovernanceVersion } from './to-governance-types';

const READERS = [Role.Admin, Role.MarketingOps, Role.Manager];

@Resolver(() => GovernanceVersion)
export class GovernanceVersionResolver {
  @Authorized(...READERS)
  @Query(() => [GovernanceVersion], { description: 'Every governance version, newest first.' })
  async governanceVersions(@Ctx() context: RequestContext): Promise<GovernanceVersion[]> {
    const rows = await context.services.governanceVersions.list();

    return rows.map(toGovernanceVersion);
  }

  @Authorized(...READERS)
  @Query(() => GovernanceVersion, { nullable: true, description: 'One governance version; NOT_FOUND when it does not exist.' })
  async governanceVersion(
    @Ctx() context: RequestContext,
    @Arg('version', () => Int, { description: 'Version number.' }) version: number,
  ): Promise<GovernanceVersion> {
    return toGovernanceVersion(await context.services.governanceVersions.find(version));
  }

  @Authorized(...READERS)
  @Query(() => [GovernanceDiffEntry], {
    description: 'Changes from one version to another, field by field in model order; routing pool members appear by name.',
  })
  governanceDiff(
    @Ctx() context: RequestContext,
    @Arg('from', () => Int, { description: 'The older version, such as the published one.' }) from: number,
    @Arg('to', () => Int, { description: 'The newer version, such as a draft.' }) to: number,
  ): Promise<GovernanceDiffEntry[]> {
    return context.services.governanceVersions.diff(from, to);
  }

  @Authorized(...READERS)
  @Query(() => [ModelProblem], {
    description:
      'Problems of a governance model: the checks the portal runs locally, plus the database facts (active users, reason codes of open leads). Empty when the model is valid.',
  })
  async validateGovernanceModel(
    @Ctx() context: RequestContext,
    @Arg('model', () => JsonObjectScalar, { description: 'The whole model document.' }) model: Record<string, unknown>,
  ): Promise<ModelProblem[]> {
    return findModelProblems(model, await context.loaders.governanceFacts());
  }

  @Authorized(...READERS)
  @Query(() => [ReasonCodeUsage], {
    description: 'Every reason code of the catalogue, retired ones included, with how often it is used, by code.',
  })
  reasonCodeUsage(@Ctx() context: RequestContext): Promise<ReasonCodeUsage[]> {
    return context.services.governanceVersions.reasonCodeUsage();
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who created the version; null when unknown or deleted.' })
  createdBy(@Root() version: GovernanceVersion, @Ctx() context: RequestContext): Promise<User | null> {
    return version.createdById === null ? Promise.resolve(null) : context.loaders.users.load(version.createdById);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who published the version; null before publishing.' })
  publishedBy(@Root() version: GovernanceVersion, @Ctx() context: RequestContext): Promise<User | null> {
    return version.publishedById === null ? Promise.resolve(null) : context.loaders.users.load(version.publishedById);
  }

  @Authorized(...READERS)
  @FieldResolver(() => JsonObjectScalar, { description: 'The whole model document. Admins and managers only.' })
  model(@Root() version: GovernanceVersion): GovernanceModel {
    return version.document;
  }

  @Authorized(...READERS)
  @FieldResolver(() => [ModelProblem], {
    description: 'Problems of the model against the current database facts; empty when it is valid. Admins and managers only.',
  })
  async problems(@Root() version: GovernanceVersion, @Ctx() context: RequestContext): Promise<ModelProblem[]> {
    return findModelProblems(version.document, await context.loaders.governanceFacts());
  }
}
