import { useCallback } from 'react';
import type { LeadDetail } from '../lead.operations';
import { withUpdatedFields } from './build-optimistic-activity';
import { UPDATE_LEAD, type LeadUpdateInput } from './lead-activity.operations';
import { useLeadMutation, type LeadMutationState } from './use-lead-mutation';

/** Set lead fields with `updateLead`, shown at once and rolled back if the server rejects a value. */
export function useUpdateLead(lead: LeadDetail): {
  state: LeadMutationState;
  update(input: LeadUpdateInput): Promise<LeadDetail | null>;
  reset(): void;
} {
  const { state, run, reset } = useLeadMutation(UPDATE_LEAD, 'updateLead');

  const update = useCallback((input: LeadUpdateInput) => run({ id: lead.id, input }, withUpdatedFields(lead, input)), [lead, run]);

  return { state, update, reset };
}
