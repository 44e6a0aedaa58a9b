import { addBusinessSeconds, EscalationAction, type Stage } from '@accord/governance';
import type { AssignmentMode, RecordSlaEventInput } from '../activities/activity-types';
import type { LifecycleState } from './lifecycle-state';

export interface EscalationDeps {
  recordSlaEvent(event: Omit<RecordSlaEventInput, 'leadId' | 'idempotencyKey' | 'occurredAt'>): Promise<void>;
  assign(mode: AssignmentMode, slaStage: Stage): Promise<void>;
}

/**
 * When the next escalation step is due: its delay in business seconds on the SLA's calendar after the
 * breach. Null when the ladder has no step left.
 */
export function nextEscalationAt(state: LifecycleState): string | null {
  const step = state.sla?.escalation[state.ladderIndex];
  if (state.sla === null || step === undefined || state.breachedAt === null) {
    return null;
  }

  return step.delaySeconds === 0 ? state.breachedAt : addBusinessSeconds(state.breachedAt, step.delaySeconds, state.sla.calendar);
}

/**
 * Runs the next step of the ladder. A notification step records an ESCALATED event; a reassignment
 * gives the lead a new owner with a fresh SLA clock, and the ladder continues from the following
 * step if that clock is breached too. With the default ladder (notify manager, reassign to the next
 * rep, notify manager, reassign to the manager) a lead is reassigned to the pool once, then to the manager.
 */
export async function runEscalationStep(state: LifecycleState, deps: EscalationDeps): Promise<void> {
  const sla = state.sla;
  const step = sla?.escalation[state.ladderIndex];
  if (sla === null || step === undefined) {
    return;
  }
  state.ladderIndex += 1;

  switch (step.action) {
    case EscalationAction.NotifyOwner:
      await deps.recordSlaEvent({
        stage: sla.stage,
        kind: 'ESCALATED',
        ownerId: sla.ownerId,
        dueAt: sla.dueAt,
        detail: 'owner notified of the breach',
        notify:
          sla.ownerId === null
            ? []
            : [{ recipientId: sla.ownerId, kind: 'SLA_ESCALATED', message: `A lead you own is past its SLA deadline of ${sla.dueAt}.` }],
      });
      break;
    case EscalationAction.NotifyManager:
      await deps.recordSlaEvent({
        stage: sla.stage,
        kind: 'ESCALATED',
        ownerId: sla.ownerId,
        dueAt: sla.dueAt,
        detail: sla.managerId === null ? 'no manager to notify' : 'manager notified of the breach',
        notify:
          sla.managerId === null
            ? []
            : [
                {
                  recipientId: sla.managerId,
                  kind: 'SLA_ESCALATED',
                  message: `A lead in your team passed its SLA deadline of ${sla.dueAt}.`,
                },
              ],
      });
      break;
    case EscalationAction.ReassignToPool:
      await deps.assign('NEXT_IN_POOL', sla.stage);
      break;
    case EscalationAction.ReassignToManager:
      await deps.assign('MANAGER', sla.stage);
      break;
  }
}
