import type { LeadSlaState } from '@accord/portal-kit';
import { strings } from '../strings';
import { summarizeBreaches, type SlaEventSummary } from './summarize-breaches';

export interface BreachBadgesProps {
  events: readonly SlaEventSummary[];
  slaState: LeadSlaState;
}

/**
 * Mark a lead whose SLA was breached at some point: "Reassigned after breach" when the escalation
 * ladder gave it a new owner, and the number of escalations. A breach without either shows as an
 * earlier breach, unless the current clock is breached, which the SLA badge already shows.
 */
export function BreachBadges({ events, slaState }: BreachBadgesProps) {
  const summary = summarizeBreaches(events);
  if (summary.breaches === 0) return null;

  const labels = strings.breaches;
  const onlyCurrentBreach = !summary.reassignedAfterBreach && summary.escalations === 0;

  return (
    <span className="breach-badges">
      {summary.reassignedAfterBreach && <span className="badge bad">{labels.reassignedAfterBreach}</span>}
      {summary.escalations > 0 && <span className="badge warn">{labels.escalations(summary.escalations)}</span>}
      {onlyCurrentBreach && slaState !== 'BREACHED' && <span className="badge warn">{labels.earlierBreaches(summary.breaches)}</span>}
    </span>
  );
}
