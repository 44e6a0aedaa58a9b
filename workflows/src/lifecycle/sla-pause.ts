import { addBusinessSeconds, businessSecondsBetween, selectSlaPolicy } from '@accord/governance';
import type { PauseSlaInput } from '../shared';
import { refuseRequest as refuse } from './refuse-request';
import type { LifecycleState } from './lifecycle-state';

/** The reasons the running clock's policy allows a pause for, from the version it was armed under. */
export function allowedPauseReasons(state: LifecycleState): string[] {
  if (state.sla === null) {
    return [];
  }

  return selectSlaPolicy(state.governance.model, state.sla.stage, state.lead.motion)?.pauseReasons ?? [];
}

export function refusePauseUnlessAllowed(state: LifecycleState, request: PauseSlaInput): void {
  if (state.sla === null) {
    refuse('CONFLICT', [
      {
        field: 'id',
        value: state.leadId,
        message: `lead is in stage ${state.stage} and no SLA clock is running, so there is nothing to pause`,
      },
    ]);
  }
  if (state.paused) {
    refuse('CONFLICT', [
      { field: 'id', value: state.leadId, message: `the SLA clock is already paused (${state.paused.reason}); resume it first` },
    ]);
  }
  const reasons = allowedPauseReasons(state);
  if (!reasons.includes(request.reason)) {
    const fix = reasons.length === 0 ? 'this SLA policy allows no pause' : `choose one of: ${reasons.join(', ')}`;
    refuse('BAD_USER_INPUT', [
      { field: 'reason', value: request.reason, message: `reason "${request.reason}" cannot pause this SLA clock; ${fix}` },
    ]);
  }
}

export function refuseResumeUnlessPaused(state: LifecycleState): void {
  if (!state.paused) {
    refuse('CONFLICT', [{ field: 'id', value: state.leadId, message: 'the SLA clock is not paused, so there is nothing to resume' }]);
  }
}

/**
 * The clock's new warning point and deadline after a pause: the business time that was left at the
 * pause is counted again from `now` on the same calendar. A point already passed at the pause stays passed.
 */
export function timesAfterPause(state: LifecycleState, now: string): { warnAt: string | null; dueAt: string } {
  const sla = state.sla;
  const pausedAt = state.paused?.at;
  if (sla === null || pausedAt === undefined) {
    throw new Error('timesAfterPause needs a paused clock');
  }
  const remainingUntil = (instant: string): number =>
    Date.parse(instant) <= Date.parse(pausedAt) ? 0 : businessSecondsBetween(pausedAt, instant, sla.calendar);

  return {
    warnAt: sla.warnAt === null || state.warned ? sla.warnAt : addBusinessSeconds(now, remainingUntil(sla.warnAt), sla.calendar),
    dueAt: state.breachedAt !== null ? sla.dueAt : addBusinessSeconds(now, remainingUntil(sla.dueAt), sla.calendar),
  };
}
