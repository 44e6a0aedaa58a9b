import { ApiKeyScope } from '@accord/db';
import { Role } from '@accord/governance';
import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import { requireScope } from '../auth/require-scope';
import type { RequestContext } from '../context/request-context';
import { DEFAULT_FEED_PAGE_SIZE, PartnerLeadChangeConnection, PartnerLeadChangesArgs } from './partner-lead-change.types';
import { FEED_SETTLE_DELAY_MS } from './partner-lead-feed.service';

@Resolver()
export class PartnerLeadFeedResolver {
  @Authorized(Role.Partner)
  @Query(() => PartnerLeadChangeConnection, {
    description:
      'Changes of the partner’s own leads (submitted, accepted, rejected, closed, other stage changes), oldest first. Poll with the ' +
      `endCursor of the last page as after. A change appears about ${FEED_SETTLE_DELAY_MS / 1000} s after it happened, so that no ` +
      'change is skipped. Partners only; needs READ_LEADS.',
  })
  partnerLeadChanges(@Ctx() context: RequestContext, @Args(() => PartnerLeadChangesArgs) args: PartnerLeadChangesArgs): Promise<PartnerLeadChangeConnection> {
    const caller = requireCaller(context);
    requireScope(caller, ApiKeyScope.ReadLeads);

    return context.services.partnerLeadFeed.list(caller, { after: args.after ?? null, first: args.first ?? DEFAULT_FEED_PAGE_SIZE });
  }
}
