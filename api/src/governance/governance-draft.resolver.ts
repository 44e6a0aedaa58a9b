import { Role } from '@accord/governance';
import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import type { RequestContext } from '../context/request-context';
import { JsonObjectScalar } from '../schema/json.scalar';
import { GovernanceVersion } from './governance.types';
import { toGovernanceVersion } from './to-governance-types';

const versionArgument = { description: 'Version number.' };

/** Who may write drafts and move them through review. Publishing and retiring stay with admins. */
const DRAFT_EDITORS = [Role.Admin, Role.MarketingOps];

@Resolver()
export class GovernanceDraftResolver {
  @Authorized(...DRAFT_EDITORS)
  @Mutation(() => GovernanceVersion, { description: 'Creates a DRAFT that copies the published model and records it in basedOn.' })
  async createGovernanceDraft(@Ctx() context: RequestContext): Promise<GovernanceVersion> {
    return toGovernanceVersion(await context.services.governanceDrafts.create(requireCaller(context)));
  }

  @Authorized(...DRAFT_EDITORS)
  @Mutation(() => GovernanceVersion, {
    description:
      'Replaces the model of a DRAFT (CONFLICT otherwise). BAD_USER_INPUT names the path of each value without the model’s form, such as an unknown top-level key; a well-formed model is saved even when it has problems.',
  })
  async updateGovernanceDraft(
    @Ctx() context: RequestContext,
    @Arg('version', () => Int, versionArgument) version: number,
    @Arg('model', () => JsonObjectScalar, { description: 'The whole model document.' }) model: Record<string, unknown>,
  ): Promise<GovernanceVersion> {
    return toGovernanceVersion(await context.services.governanceDrafts.update(requireCaller(context), version, model));
  }

  @Authorized(...DRAFT_EDITORS)
  @Mutation(() => GovernanceVersion, {
    description: 'Moves a DRAFT to IN_REVIEW. BAD_USER_INPUT lists every problem of the model when it is invalid.',
  })
  async submitGovernanceForReview(
    @Ctx() context: RequestContext,
    @Arg('version', () => Int, versionArgument) version: number,
  ): Promise<GovernanceVersion> {
    return toGovernanceVersion(await context.services.governanceDrafts.submit(requireCaller(context), version));
  }

  @Authorized(...DRAFT_EDITORS)
  @Mutation(() => GovernanceVersion, { description: 'Moves a version IN_REVIEW back to DRAFT.' })
  async returnGovernanceToDraft(
    @Ctx() context: RequestContext,
    @Arg('version', () => Int, versionArgument) version: number,
  ): Promise<GovernanceVersion> {
    return toGovernanceVersion(await context.services.governanceDrafts.returnToDraft(requireCaller(context), version));
  }

  @Authorized(Role.Admin)
  @Mutation(() => GovernanceVersion, {
    description:
      'Publishes a version IN_REVIEW; the previous PUBLISHED version becomes RETIRED. Each open lead applies the new version from its next stage on; an SLA already running keeps its deadline. BAD_USER_INPUT lists the problems when the model is no longer valid; CONFLICT while another publish runs.',
  })
  async publishGovernanceVersion(
    @Ctx() context: RequestContext,
    @Arg('version', () => Int, versionArgument) version: number,
  ): Promise<GovernanceVersion> {
    return toGovernanceVersion(await context.services.governancePublish.publish(requireCaller(context), version));
  }

  @Authorized(Role.Admin)
  @Mutation(() => GovernanceVersion, {
    description: 'Discards a DRAFT or a version IN_REVIEW by retiring it. The published version is retired only by publishing another.',
  })
  async retireGovernanceVersion(
    @Ctx() context: RequestContext,
    @Arg('version', () => Int, versionArgument) version: number,
  ): Promise<GovernanceVersion> {
    return toGovernanceVersion(await context.services.governanceDrafts.retire(requireCaller(context), version));
  }
}
