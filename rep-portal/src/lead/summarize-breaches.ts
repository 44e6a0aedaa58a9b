/** The fields of an SLA event that the lists read. */
export interface SlaEventSummary {
  id: string;
  kind: string;
  occurredAt: string;
}

export interface BreachSummary {
  breaches: number;
  escalations: number;
  /** Whether the lead got a new owner after an SLA breach, by the escalation ladder. */
  reassignedAfterBreach: boolean;
}

/** Count the breaches and escalations in a lead's SLA events, and whether a breach led to a reassignment. */
export function summarizeBreaches(events: readonly SlaEventSummary[]): BreachSummary {
  const breachTimes = events.filter((event) => event.kind === 'BREACHED').map((event) => Date.parse(event.occurredAt));
  const firstBreach = Math.min(...breachTimes);

  return {
    breaches: breachTimes.length,
    escalations: events.filter((event) => event.kind === 'ESCALATED').length,
    reassignedAfterBreach: events.some((event) => event.kind === 'REASSIGNED' && Date.parse(event.occurredAt) >= firstBreach),
  };
}
