import { strings } from '../strings';
import type { QueueLead } from './queue.operations';

export interface QueueSelectionStatusProps {
  lead: QueueLead | null;
  /** Position of the selected row from 1. */
  position: number;
  total: number;
}

/**
 * Announce the selected lead in a polite live region. It names the lead, its stage and SLA state but
 * not the ticking countdown, so screen readers speak only when the selection or the lead changes.
 */
export function QueueSelectionStatus({ lead, position, total }: QueueSelectionStatusProps) {
  const message =
    lead === null
      ? ''
      : strings.queue.selectionAnnouncement({
          position,
          total,
          name: lead.fullName,
          company: lead.company ?? strings.notSet,
          stage: strings.stage[lead.stage],
          slaState: strings.slaState[lead.slaState],
        });

  return (
    <p role="status" aria-live="polite" className="visually-hidden">
      {message}
    </p>
  );
}
