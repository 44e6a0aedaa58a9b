import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { isUuid } from '../auth/is-uuid';
import type { RequestContext } from '../context/request-context';
import { User } from '../organisation/user.type';
import { findMissingFieldsForNextStage } from './find-missing-fields-for-next-stage';
import { labelRoutingTrace } from './label-routing-trace';
import { listSlaPauseReasons } from './list-sla-pause-reasons';
import { ContactAttempt, LeadNote, RoutingTraceEntry } from './lead-work.types';
import { Lead } from './lead.type';

@Resolver(() => Lead)
export class LeadWorkFieldsResolver {
  @FieldResolver(() => [RoutingTraceEntry], {
    description: 'Why the lead went to its owner and why other candidates were skipped, step by step in the order routing took them.',
  })
  async routingTrace(@Root() lead: Lead, @Ctx() context: RequestContext): Promise<RoutingTraceEntry[]> {
    const userIds = [...new Set(lead.routingTraceRows.map((row) => row.key).filter(isUuid))];
    const [model, users] = await Promise.all([
      context.loaders.governanceModels.load(lead.governanceVersion),
      Promise.all(userIds.map((id) => context.loaders.users.load(id))),
    ]);
    const userNames = new Map(users.flatMap((user) => (user === null ? [] : [[user.id, user.name] as const])));

    return labelRoutingTrace(lead.routingTraceRows, model, userNames);
  }

  @FieldResolver(() => [String], {
    description:
      'Reasons the running SLA clock’s policy allows a pause for, from the governance version the lead is on; empty when no clock runs ' +
      'or the policy allows no pause.',
  })
  async slaPauseReasons(@Root() lead: Lead, @Ctx() context: RequestContext): Promise<string[]> {
    if (lead.slaStage === null) {
      return [];
    }

    const model = await context.loaders.governanceModels.load(lead.governanceVersion);

    return model === null ? [] : listSlaPauseReasons(lead, model);
  }

  @FieldResolver(() => [String], {
    description:
      'Lead fields that the next forward stage requires and the lead lacks, by the governance version the lead is on; empty in ' +
      'OPPORTUNITY and the exit stages.',
  })
  async missingFieldsForNextStage(@Root() lead: Lead, @Ctx() context: RequestContext): Promise<string[]> {
    const model = await context.loaders.governanceModels.load(lead.governanceVersion);

    return model === null ? [] : findMissingFieldsForNextStage(lead.stage, lead.attributes, model);
  }

  @FieldResolver(() => [ContactAttempt], { description: 'Attempts to reach the contact, oldest first.' })
  async contactAttempts(@Root() lead: Lead, @Ctx() context: RequestContext): Promise<ContactAttempt[]> {
    return (await context.loaders.contactAttempts.load(lead.id)) ?? [];
  }

  @FieldResolver(() => [LeadNote], { description: 'Notes users wrote on the lead, oldest first.' })
  async notes(@Root() lead: Lead, @Ctx() context: RequestContext): Promise<LeadNote[]> {
    return (await context.loaders.notes.load(lead.id)) ?? [];
  }
}

@Resolver(() => ContactAttempt)
export class ContactAttemptResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The user who logged the attempt; null when the account was deleted.' })
  actor(@Root() attempt: ContactAttempt, @Ctx() context: RequestContext): Promise<User | null> {
    return attempt.actorId === null ? Promise.resolve(null) : context.loaders.users.load(attempt.actorId);
  }
}

@Resolver(() => LeadNote)
export class LeadNoteResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The user who wrote the note; null when the account was deleted.' })
  actor(@Root() note: LeadNote, @Ctx() context: RequestContext): Promise<User | null> {
    return note.actorId === null ? Promise.resolve(null) : context.loaders.users.load(note.actorId);
  }
}

export const LeadWorkFieldResolvers = [LeadWorkFieldsResolver, ContactAttemptResolver, LeadNoteResolver] as const;
