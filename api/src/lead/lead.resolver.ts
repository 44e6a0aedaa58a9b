import { ApiKeyScope } from '@accord/db';
import { Role } from '@accord/governance';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import { requireScope } from '../auth/require-scope';
import type { RequestContext } from '../context/request-context';
import { ReasonCode } from '../governance/governance.types';
import { Team } from '../organisation/team.type';
import { User } from '../organisation/user.type';
import { checkPartnerFilter } from '../partner/check-partner-filter';
import { DEFAULT_PAGE_SIZE, LeadConnection, LeadsArgs } from './lead-connection.types';
import { invalidLeadCursor } from './lead-cursor';
import { SlaEvent, StageTransition } from './lead-history.types';
import { Lead, toLead } from './lead.type';

@Resolver(() => Lead)
export class LeadResolver {
  @Authorized()
  @Query(() => LeadConnection, {
    description: 'Leads visible to the caller, ordered by SLA due time (leads without one last), then id.',
  })
  async leads(@Ctx() context: RequestContext, @Args(() => LeadsArgs) args: LeadsArgs): Promise<LeadConnection> {
    const caller = requireCaller(context);
    requireScope(caller, ApiKeyScope.ReadLeads);
    checkPartnerFilter(caller, args.filter ?? null);
    // A cursor contains the lead's SLA due time, which partners may not read, so partners get sealed cursors.
    const sealed = caller.role === Role.Partner;
    const after = sealed && args.after ? openPartnerCursor(context, args.after) : (args.after ?? null);
    const page = await context.services.leadQueries.list(caller, {
      first: args.first ?? DEFAULT_PAGE_SIZE,
      after,
      filter: args.filter ?? null,
    });
    const edges = page.edges.map((edge) => ({
      cursor: sealed ? context.services.cursorSeal.seal(edge.cursor) : edge.cursor,
      node: toLead(edge.lead),
    }));

    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: page.totalCount,
    };
  }

  @Authorized()
  @Query(() => Lead, { nullable: true, description: 'One lead; NOT_FOUND when it does not exist or is not visible to the caller.' })
  async lead(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Lead> {
    const caller = requireCaller(context);
    requireScope(caller, ApiKeyScope.ReadLeads);

    return toLead(await context.services.leadQueries.findVisible(caller, id));
  }

  @Authorized(Role.Admin, Role.Manager, Role.Rep)
  @Query(() => [Lead], {
    description: 'The caller’s own leads in MQL, SAL and SQL, most urgent SLA first; at most 500.',
  })
  async myQueue(@Ctx() context: RequestContext): Promise<Lead[]> {
    const leads = await context.services.leadQueries.listQueue(requireCaller(context));

    return leads.map(toLead);
  }

  @Authorized(Role.Admin, Role.Manager)
  @Query(() => [Lead], {
    description:
      'Open leads of the caller’s team (every team for an admin) whose SLA is breached or that an escalation reassigned, the most ' +
      'recent breach first; at most 500.',
  })
  async teamBreaches(@Ctx() context: RequestContext): Promise<Lead[]> {
    const leads = await context.services.leadQueries.listTeamBreaches(requireCaller(context));

    return leads.map(toLead);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The rep who owns the lead; null before routing.' })
  owner(@Root() lead: Lead, @Ctx() context: RequestContext): Promise<User | null> {
    return lead.ownerId === null ? Promise.resolve(null) : context.loaders.users.load(lead.ownerId);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team the lead is routed to; null before routing.' })
  team(@Root() lead: Lead, @Ctx() context: RequestContext): Promise<Team | null> {
    return lead.teamId === null ? Promise.resolve(null) : context.loaders.teams.load(lead.teamId);
  }

  @FieldResolver(() => ReasonCode, {
    nullable: true,
    description: 'Reason code of the exit stage the lead is in, with its label (also for a retired code); null while it is open.',
  })
  reason(@Root() lead: Lead, @Ctx() context: RequestContext): Promise<ReasonCode | null> {
    return lead.reasonCode === null ? Promise.resolve(null) : context.loaders.reasonCodes.load(lead.reasonCode);
  }

  @FieldResolver(() => [StageTransition], { description: 'Stage transitions in the order they happened.' })
  async history(@Root() lead: Lead, @Ctx() context: RequestContext): Promise<StageTransition[]> {
    return (await context.loaders.transitions.load(lead.id)) ?? [];
  }

  @FieldResolver(() => [SlaEvent], { description: 'SLA clock events in the order they happened.' })
  async slaEvents(@Root() lead: Lead, @Ctx() context: RequestContext): Promise<SlaEvent[]> {
    return (await context.loaders.slaEvents.load(lead.id)) ?? [];
  }
}

/** Opens a partner's sealed cursor, or throws the BAD_USER_INPUT of any cursor that is not one of this list. */
function openPartnerCursor(context: RequestContext, after: string): string {
  const cursor = context.services.cursorSeal.open(after);
  if (cursor === null) {
    throw invalidLeadCursor(after);
  }

  return cursor;
}
