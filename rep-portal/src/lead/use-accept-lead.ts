import { OPEN_QUEUE_STAGES } from '@accord/portal-kit';
import { useMutation } from '@apollo/client/react';
import { ACCEPT_LEAD } from './lead.operations';
import { removeFromQueue } from './remove-from-queue';

/**
 * Accept a hand-off. The returned lead replaces the cached one, and it stays in the queue unless it
 * moved to a stage outside the queue.
 */
export function useAcceptLead() {
  return useMutation(ACCEPT_LEAD, {
    update(cache, { data }) {
      const lead = data?.acceptLead;
      if (lead !== undefined && !OPEN_QUEUE_STAGES.includes(lead.stage)) removeFromQueue(cache, lead.id);
    },
  });
}
