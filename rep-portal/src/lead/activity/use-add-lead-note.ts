import { useCallback } from 'react';
import type { LeadDetail } from '../lead.operations';
import { withNote } from './build-optimistic-activity';
import { ADD_LEAD_NOTE } from './lead-activity.operations';
import { useLeadMutation, type LeadMutationState } from './use-lead-mutation';
import { useOptimisticContext } from './use-optimistic-context';

/** Add a note to the lead, shown in the timeline at once and removed again if the server rejects it. */
export function useAddLeadNote(lead: LeadDetail): {
  state: LeadMutationState;
  add(body: string): Promise<LeadDetail | null>;
  reset(): void;
} {
  const { state, run, reset } = useLeadMutation(ADD_LEAD_NOTE, 'addLeadNote');
  const context = useOptimisticContext();

  const add = useCallback((body: string) => run({ id: lead.id, body }, withNote(lead, body, context())), [context, lead, run]);

  return { state, add, reset };
}
