import { useMutation } from '@apollo/client/react';
import { REJECT_LEAD } from './lead.operations';
import { removeFromQueue } from './remove-from-queue';

/** Reject a hand-off with a reason code. The rejected lead leaves the cached queue at once. */
export function useRejectLead() {
  return useMutation(REJECT_LEAD, {
    update(cache, { data }) {
      if (data?.rejectLead !== undefined) removeFromQueue(cache, data.rejectLead.id);
    },
  });
}
