import type { LeadDetail } from '../lead.operations';
import { withPausedSla, withResumedSla } from './build-optimistic-activity';
import { PAUSE_SLA, RESUME_SLA } from './lead-activity.operations';
import { useLeadMutation, type LeadMutationState } from './use-lead-mutation';

export interface SlaPauseHandle {
  /** State of the last pause or resume. */
  state: LeadMutationState;
  pause(reason: string): Promise<LeadDetail | null>;
  resume(): Promise<LeadDetail | null>;
  reset(): void;
}

/**
 * Pause the lead's SLA clock for one of the reasons its policy allows, or resume it. Both show the new
 * clock state at once and roll back if the server rejects the change.
 */
export function usePauseSla(lead: LeadDetail): SlaPauseHandle {
  const pauseMutation = useLeadMutation(PAUSE_SLA, 'pauseSla');
  const resumeMutation = useLeadMutation(RESUME_SLA, 'resumeSla');

  // Each call resets the other mutation, so at most one of them is not idle.
  const state = resumeMutation.state.status === 'idle' ? pauseMutation.state : resumeMutation.state;

  const pause = (reason: string) => {
    resumeMutation.reset();

    return pauseMutation.run({ id: lead.id, reason }, withPausedSla(lead));
  };

  const resume = () => {
    pauseMutation.reset();

    return resumeMutation.run({ id: lead.id }, withResumedSla(lead));
  };

  const reset = () => {
    pauseMutation.reset();
    resumeMutation.reset();
  };

  return { state, pause, resume, reset };
}
