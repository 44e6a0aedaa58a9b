import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { markReplayed } from '../audit/replayed-results';
import { requireCaller } from '../auth/auth-checker';
import { RECORD_ENGAGEMENT_ROLES } from '../auth/may-record-engagement';
import type { RequestContext } from '../context/request-context';
import { EngagementEvent, toEngagementEvent } from './engagement-event.type';

@Resolver()
export class EngagementResolver {
  @Authorized(...RECORD_ENGAGEMENT_ROLES)
  @Mutation(() => EngagementEvent, {
    description:
      'Records an engagement event of a lead (admins, marketing ops, and partners on the leads they submitted). The lead is rescored ' +
      'and, while it is at LEAD, moves to MQL once it meets the entry criteria; a closed lead keeps the event and does not move. ' +
      'BAD_USER_INPUT for an event the published governance version does not weight (the message lists the known events) or an ' +
      'occurredAt in the future. One event is stored per idempotencyKey, so a retry is safe. NOT_FOUND for a lead the caller cannot see.',
  })
  async recordEngagement(
    @Ctx() context: RequestContext,
    @Arg('leadId', () => ID) leadId: string,
    @Arg('event', () => String) event: string,
    @Arg('occurredAt', () => Date) occurredAt: Date,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
  ): Promise<EngagementEvent> {
    const result = await context.services.engagement.recordOrReturn(requireCaller(context), { leadId, event, occurredAt, idempotencyKey });

    return result.stored ? toEngagementEvent(result.event) : markReplayed(toEngagementEvent(result.event));
  }
}
