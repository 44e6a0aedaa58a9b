import { Stage, type SimulationOutcome } from '@accord/governance';

/**
 * Returns the outcome the simulation compares a lead on, from its stage and its acceptance time.
 * OPPORTUNITY and WON are WON. SAL, SQL or an acceptance time is ACCEPTED, so a lead accepted and
 * later disqualified, or an opportunity later LOST, counts as ACCEPTED. The exits REJECTED, DISQUALIFIED and RECYCLED are themselves,
 * and anything else is OPEN.
 */
export function deriveLeadOutcome(stage: string, acceptedAt: Date | null): SimulationOutcome {
  if (stage === Stage.Opportunity || stage === Stage.Won) {
    return 'WON';
  }
  if (stage === Stage.Sal || stage === Stage.Sql || acceptedAt !== null) {
    return 'ACCEPTED';
  }
  if (stage === Stage.Rejected || stage === Stage.Disqualified || stage === Stage.Recycled) {
    return stage;
  }

  return 'OPEN';
}
