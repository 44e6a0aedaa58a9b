import { ContactChannel, ContactOutcome } from '@accord/db';
import { Role } from '@accord/governance';
import { LEAD_ACTION_TIMEOUT_MS } from '@accord/workflows';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import type { RequestContext } from '../context/request-context';
import { ContactChannelEnum, ContactOutcomeEnum } from '../schema/graphql-enums';
import { LeadUpdateInput, toLeadUpdate } from './lead-update.input';
import { Lead, toLead } from './lead.type';

const WORKING_ROLES = [Role.Admin, Role.Manager, Role.Rep];

/** Appended to the description of every request the lead's lifecycle applies. */
const UNAVAILABLE_NOTE =
  ` SERVICE_UNAVAILABLE when the lead's lifecycle does not respond within ${LEAD_ACTION_TIMEOUT_MS / 1000} s: the request stays queued, ` +
  'so reload the lead before retrying.';

/**
 * A rep's and a manager's work on a lead outside the stage actions: edits, contact attempts, notes,
 * reassignment, SLA pauses and pipeline reviews.
 */
@Resolver()
export class LeadWorkResolver {
  @Authorized(...WORKING_ROLES)
  @Mutation(() => Lead, {
    description:
      'Edits a lead’s contact and company fields, for its owner, the team’s manager or an admin. BAD_USER_INPUT names each invalid ' +
      'field by the rules of createLead. The lead’s lifecycle then checks the entry criteria again.',
  })
  async updateLead(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => LeadUpdateInput) input: LeadUpdateInput,
  ): Promise<Lead> {
    const lead = await context.services.leadUpdates.updateLead(requireCaller(context), id, toLeadUpdate(input));

    return toLead(lead);
  }

  @Authorized(...WORKING_ROLES)
  @Mutation(() => Lead, {
    description: 'Logs an attempt to reach the lead’s contact. The first attempt sets the first touch, which ends speed to lead.',
  })
  async logContactAttempt(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('channel', () => ContactChannelEnum) channel: ContactChannel,
    @Arg('outcome', () => ContactOutcomeEnum) outcome: ContactOutcome,
    @Arg('note', () => String, { nullable: true, description: 'What happened, up to 2,000 characters.' }) note: string | null,
  ): Promise<Lead> {
    const lead = await context.services.leadContacts.logContactAttempt(requireCaller(context), id, { channel, outcome, note });

    return toLead(lead);
  }

  @Authorized(...WORKING_ROLES)
  @Mutation(() => Lead, { description: 'Adds a note of 1 to 2,000 characters to the lead.' })
  async addLeadNote(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('body', () => String) body: string,
  ): Promise<Lead> {
    const lead = await context.services.leadContacts.addNote(requireCaller(context), id, body);

    return toLead(lead);
  }

  @Authorized(Role.Admin, Role.Manager)
  @Mutation(() => Lead, {
    description:
      'Gives an open lead (MQL, SAL or SQL) to another owner, for a manager of the lead’s team or an admin. The new owner must be an ' +
      'active member of that team or its manager. The pool’s rotation does not move, and the new owner starts a fresh SLA clock.' +
      UNAVAILABLE_NOTE,
  })
  async reassignLead(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('toUserId', () => ID) toUserId: string,
    @Arg('reason', () => String, { description: 'Why the lead changes hands, up to 500 characters.' }) reason: string,
  ): Promise<Lead> {
    const lead = await context.services.leadAssignments.reassign(requireCaller(context), id, { toUserId, reason });

    return toLead(lead);
  }

  @Authorized(...WORKING_ROLES)
  @Mutation(() => Lead, {
    description:
      'Pauses the running SLA clock; reason must be one of the lead’s slaPauseReasons. Paused time does not count.' + UNAVAILABLE_NOTE,
  })
  async pauseSla(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<Lead> {
    const lead = await context.services.leadAssignments.pauseSla(requireCaller(context), id, reason);

    return toLead(lead);
  }

  @Authorized(...WORKING_ROLES)
  @Mutation(() => Lead, {
    description: 'Restarts a paused SLA clock; its deadline moves out by the business time spent paused.' + UNAVAILABLE_NOTE,
  })
  async resumeSla(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Lead> {
    const lead = await context.services.leadAssignments.resumeSla(requireCaller(context), id);

    return toLead(lead);
  }

  @Authorized(...WORKING_ROLES)
  @Mutation(() => Lead, {
    description:
      'Records the weekly pipeline review of a lead in stage OPPORTUNITY, for its owner, the team’s manager or an admin. The running ' +
      'review clock closes as met and the next one starts, so slaDueAt is the next review’s deadline.' + UNAVAILABLE_NOTE,
  })
  async reviewPipeline(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true, description: 'What the review found, up to 2,000 characters.' }) note: string | null,
  ): Promise<Lead> {
    const lead = await context.services.leadAssignments.reviewPipeline(requireCaller(context), id, { note });

    return toLead(lead);
  }
}
