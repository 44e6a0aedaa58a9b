import { SlaState } from '@accord/db';
import { selectSlaPolicy, type GovernanceModel, type Motion, type Stage } from '@accord/governance';

/** SLA states in which a clock is armed; a paused clock still counts, so its reasons stay listed. */
const ARMED_SLA_STATES: ReadonlySet<SlaState> = new Set([SlaState.OnTrack, SlaState.Warning, SlaState.Breached, SlaState.Paused]);

/**
 * Returns the reasons the running clock's policy allows a pause for, as the lifecycle checks them:
 * the policy of `slaStage` for the lead's motion in `model`. Without an armed clock the list is empty.
 */
export function listSlaPauseReasons(
  lead: { slaState: SlaState; slaStage: Stage | null; motion: Motion },
  model: GovernanceModel,
): string[] {
  if (lead.slaStage === null || !ARMED_SLA_STATES.has(lead.slaState)) {
    return [];
  }

  return selectSlaPolicy(model, lead.slaStage, lead.motion)?.pauseReasons ?? [];
}
