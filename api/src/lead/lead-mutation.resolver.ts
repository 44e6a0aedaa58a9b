import { ApiKeyScope } from '@accord/db';
import { LeadAction, Motion, Role } from '@accord/governance';
import { LEAD_ACTION_TIMEOUT_MS } from '@accord/workflows';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { markReplayed } from '../audit/replayed-results';
import { requireCaller } from '../auth/auth-checker';
import { requireScope } from '../auth/require-scope';
import type { RequestContext } from '../context/request-context';
import { checkIdempotencyKey } from './check-idempotency-key';
import { LeadSubmissionInput, toLeadInput } from './lead-submission.input';
import { Lead, toLead } from './lead.type';

const ACTING_ROLES = [Role.Admin, Role.Manager, Role.Rep];

/** Appended to the description of every lead action. */
const UNAVAILABLE_NOTE =
  ` SERVICE_UNAVAILABLE when the lead's lifecycle does not respond within ${LEAD_ACTION_TIMEOUT_MS / 1000} s: the action stays queued, ` +
  'so reload the lead before retrying.';

@Resolver()
export class LeadMutationResolver {
  @Authorized()
  @Mutation(() => Lead, {
    description:
      'Submits a new lead. BAD_USER_INPUT names each invalid field. CONFLICT means a lead with the same e-mail address exists, and its ' +
      'message names that lead only when the caller can see it.',
  })
  async createLead(
    @Ctx() context: RequestContext,
    @Arg('input', () => LeadSubmissionInput) input: LeadSubmissionInput,
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description:
        'Your key for this submission, 1 to 200 printable ASCII characters. Sending the same key again (from the same partner, or ' +
        'for other accounts the same user) returns the lead the first request created and creates nothing.',
    })
    idempotencyKeyArgument: string | null | undefined,
  ): Promise<Lead> {
    const caller = requireCaller(context);
    requireScope(caller, ApiKeyScope.SubmitLeads);
    const idempotencyKey = idempotencyKeyArgument ?? null;
    checkIdempotencyKey(idempotencyKey);
    const defaults = { motion: caller.role === Role.Partner ? Motion.Partner : null };
    const { lead, created } = await context.services.leadIntake.createOrReturnLead(caller, toLeadInput(input, defaults), { idempotencyKey });

    return created ? toLead(lead) : markReplayed(toLead(lead));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => Lead, { description: 'Accepts a hand-off: MQL to SAL. The lead needs an owner.' + UNAVAILABLE_NOTE })
  acceptLead(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Lead> {
    return act(context, id, LeadAction.Accept, {});
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => Lead, {
    description: 'Rejects a hand-off back to marketing: MQL to REJECTED, with an active REJECT reason code.' + UNAVAILABLE_NOTE,
  })
  rejectLead(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reasonCode', () => String) reasonCode: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<Lead> {
    return act(context, id, LeadAction.Reject, { reasonCode, note });
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => Lead, { description: 'Qualifies an accepted lead: SAL to SQL.' + UNAVAILABLE_NOTE })
  qualifyLead(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Lead> {
    return act(context, id, LeadAction.Qualify, {});
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => Lead, { description: 'Converts a qualified lead: SQL to OPPORTUNITY.' + UNAVAILABLE_NOTE })
  convertLead(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Lead> {
    return act(context, id, LeadAction.Convert, {});
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => Lead, { description: 'Disqualifies an open lead, with an active DISQUALIFY reason code.' + UNAVAILABLE_NOTE })
  disqualifyLead(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reasonCode', () => String) reasonCode: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<Lead> {
    return act(context, id, LeadAction.Disqualify, { reasonCode, note });
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => Lead, { description: 'Returns a lead to nurture, with an active RECYCLE reason code.' + UNAVAILABLE_NOTE })
  recycleLead(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reasonCode', () => String) reasonCode: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<Lead> {
    return act(context, id, LeadAction.Recycle, { reasonCode, note });
  }

  // NOTE: an opportunity whose lifecycle ended at OPPORTUNITY (started before the weekly pipeline review
  // existed) has no running lifecycle, and reconciliation does not restart OPPORTUNITY leads, so winning
  // or losing it returns CONFLICT.
  @Authorized(...ACTING_ROLES)
  @Mutation(() => Lead, {
    description: 'Closes an opportunity as won: OPPORTUNITY to WON. It takes no reason code and stops the weekly review clock.' + UNAVAILABLE_NOTE,
  })
  winOpportunity(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Lead> {
    return act(context, id, LeadAction.Win, {});
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => Lead, {
    description:
      'Closes an opportunity as lost: OPPORTUNITY to LOST, with an active LOST reason code (and a note when the code requires one). ' +
      'It stops the weekly review clock.' +
      UNAVAILABLE_NOTE,
  })
  loseOpportunity(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reasonCode', () => String) reasonCode: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<Lead> {
    return act(context, id, LeadAction.Lose, { reasonCode, note });
  }
}

async function act(
  context: RequestContext,
  id: string,
  action: LeadAction,
  request: { reasonCode?: string; note?: string | null },
): Promise<Lead> {
  const lead = await context.services.leadActions.act(requireCaller(context), id, action, request);

  return toLead(lead);
}
