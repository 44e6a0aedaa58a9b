import { ActorKind } from '@accord/db';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context/request-context';
import { User } from '../organisation/user.type';
import { SlaEvent, StageTransition } from './lead-history.types';

const ACTOR_LABELS: Record<ActorKind, string> = {
  [ActorKind.User]: 'Deleted user',
  [ActorKind.System]: 'Accord automation',
  [ActorKind.Import]: 'Import',
};

@Resolver(() => StageTransition)
export class StageTransitionResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The user who caused the change; null for automation and command-line imports.' })
  actor(@Root() transition: StageTransition, @Ctx() context: RequestContext): Promise<User | null> {
    return transition.actorId === null ? Promise.resolve(null) : context.loaders.users.load(transition.actorId);
  }

  @FieldResolver(() => String, { description: 'Who caused the change, in words: a user’s name, Accord automation or Import.' })
  async actorLabel(@Root() transition: StageTransition, @Ctx() context: RequestContext): Promise<string> {
    const actor = transition.actorId === null ? null : await context.loaders.users.load(transition.actorId);

    return actor?.name ?? ACTOR_LABELS[transition.actorKind];
  }
}

@Resolver(() => SlaEvent)
export class SlaEventResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Owner of the lead when the event happened.' })
  owner(@Root() event: SlaEvent, @Ctx() context: RequestContext): Promise<User | null> {
    return event.ownerId === null ? Promise.resolve(null) : context.loaders.users.load(event.ownerId);
  }
}

export const LeadHistoryResolvers = [StageTransitionResolver, SlaEventResolver] as const;
