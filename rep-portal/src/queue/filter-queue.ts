import type { LeadFilterValues } from '../filters/lead-filters';
import type { QueueLead } from './queue.operations';

/** Keep the queue leads that match every set filter. `myQueue` takes no filter, so the portal applies them. */
export function filterQueue(leads: readonly QueueLead[], filters: LeadFilterValues): QueueLead[] {
  return leads.filter(
    (lead) =>
      (filters.stage === '' || lead.stage === filters.stage) &&
      (filters.motion === '' || lead.motion === filters.motion) &&
      (filters.slaState === '' || lead.slaState === filters.slaState),
  );
}
