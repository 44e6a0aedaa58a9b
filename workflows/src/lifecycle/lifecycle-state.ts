import type { GovernanceVersionSnapshot, LeadAttributes, Stage } from '@accord/governance';
import type { RunningSla } from '../activities/activity-types';

/**
 * Everything the lifecycle remembers. It is plain data, so it travels through continue-as-new
 * unchanged: the SLA deadline is an absolute instant and keeps its value across runs and restarts.
 */
export interface LifecycleState {
  leadId: string;
  stage: Stage;
  ownerId: string | null;
  lead: LeadAttributes;
  /** The version the current stage was entered under. */
  governance: GovernanceVersionSnapshot;
  /** A version published while the lead is in its current stage; it applies from the next stage on. */
  nextGovernance: GovernanceVersionSnapshot | null;
  sla: RunningSla | null;
  warned: boolean;
  breachedAt: string | null;
  /** Index of the next escalation step to run; it is not reset by a reassignment, so the ladder moves on. */
  ladderIndex: number;
  escalationCount: number;
  /** Set while the running clock is paused: since when and why. Absent in states carried by older runs. */
  paused?: { at: string; reason: string } | null;
  /** The stage whose unowned clock was armed (or found to have no policy), so it is armed once. */
  unownedSlaArmedFor?: Stage | null;
  /** Counter for idempotency keys of the activities this lifecycle runs. */
  sequence: number;
}

export interface LeadLifecycleCarriedInput {
  leadId: string;
  /** Continue as new once the history has this many events; see DEFAULT_HISTORY_EVENT_LIMIT. */
  historyEventLimit?: number;
  /** State handed over by continue-as-new; absent on a fresh start, which reads it from the database. */
  carried?: LifecycleState;
}
