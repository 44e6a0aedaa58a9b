import { ReasonKind, Role } from '@accord/governance';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import type { RequestContext } from '../context/request-context';
import { GovernanceVersion, MotionDefinition, ReasonCode, StageDefinition } from './governance.types';
import { toGovernanceVersion, toReasonCode, toStageDefinitions } from './to-governance-types';
import { ReasonKindEnum } from '../schema/graphql-enums';

@Resolver()
export class GovernanceResolver {
  @Authorized()
  @Query(() => [StageDefinition], { description: 'Stages of the published governance model, in funnel order.' })
  async stages(@Ctx() context: RequestContext): Promise<StageDefinition[]> {
    const governance = await context.services.governance.getPublished();

    return toStageDefinitions(governance.model);
  }

  @Authorized()
  @Query(() => [ReasonCode], {
    description: 'Reason codes of the published model, optionally of one kind. Retired codes are left out unless includeRetired is true.',
  })
  async reasonCodes(
    @Ctx() context: RequestContext,
    @Arg('kind', () => ReasonKindEnum, { nullable: true, description: 'Only codes that may justify this kind of action.' })
    kind: ReasonKind | null | undefined,
    @Arg('includeRetired', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Also return retired codes, including codes that only older versions defined.',
    })
    includeRetired: boolean | null,
  ): Promise<ReasonCode[]> {
    const governance = await context.services.governance.getPublished();
    const codes = governance.model.reasonCodes.map(toReasonCode);

    if (includeRetired === true) {
      const known = new Set(codes.map((code) => code.code));
      const catalogue = await context.services.governance.listCatalogue();
      const olderCodes = catalogue
        .filter((entry) => !known.has(entry.code))
        .map((entry) => ({
          code: entry.code,
          label: entry.label,
          kinds: entry.kinds.filter((candidate): candidate is ReasonKind => isReasonKind(candidate)),
          noteRequired: entry.noteRequired,
          active: false,
        }));
      codes.push(...olderCodes);
    }

    // type-graphql passes undefined, not null, for an omitted nullable argument.
    const wantedKind = kind ?? null;

    return codes.filter((code) => (includeRetired === true || code.active) && (wantedKind === null || code.kinds.includes(wantedKind)));
  }

  @Authorized()
  @Query(() => [MotionDefinition], { description: 'Motions of the published model and their MQL thresholds.' })
  async motions(@Ctx() context: RequestContext): Promise<MotionDefinition[]> {
    const governance = await context.services.governance.getPublished();

    return governance.model.motions.map((motion) => ({ ...motion }));
  }

  @Authorized(Role.Admin, Role.MarketingOps, Role.Manager, Role.Rep)
  @Query(() => GovernanceVersion, {
    description: 'The published governance version. Partners get FORBIDDEN: the model names reps, pools and calendars.',
  })
  async activeGovernance(@Ctx() context: RequestContext): Promise<GovernanceVersion> {
    return toGovernanceVersion(await context.services.governance.getPublished());
  }
}

const REASON_KINDS: readonly string[] = Object.values(ReasonKind);

function isReasonKind(value: string): value is ReasonKind {
  return REASON_KINDS.includes(value);
}
