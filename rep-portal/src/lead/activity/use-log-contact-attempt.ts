import { useCallback } from 'react';
import type { ContactChannel, ContactOutcome, LeadDetail } from '../lead.operations';
import { withContactAttempt } from './build-optimistic-activity';
import { LOG_CONTACT_ATTEMPT } from './lead-activity.operations';
import { useLeadMutation, type LeadMutationState } from './use-lead-mutation';
import { useOptimisticContext } from './use-optimistic-context';

export interface ContactAttemptInput {
  channel: ContactChannel;
  outcome: ContactOutcome;
  note: string | null;
}

/** Log a contact attempt on the lead, shown in the timeline at once and removed again if the server rejects it. */
export function useLogContactAttempt(lead: LeadDetail): {
  state: LeadMutationState;
  log(input: ContactAttemptInput): Promise<LeadDetail | null>;
  reset(): void;
} {
  const { state, run, reset } = useLeadMutation(LOG_CONTACT_ATTEMPT, 'logContactAttempt');
  const context = useOptimisticContext();

  const log = useCallback(
    (input: ContactAttemptInput) => run({ id: lead.id, ...input }, withContactAttempt(lead, input, context())),
    [context, lead, run],
  );

  return { state, log, reset };
}
