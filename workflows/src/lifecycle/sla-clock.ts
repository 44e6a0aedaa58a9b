import { condition, log } from '@temporalio/workflow';
import type { LifecycleRuntime } from './lifecycle-runtime';
import { nextEscalationAt, runEscalationStep } from './run-escalation';

function millisecondsUntil(instant: string): number {
  return Math.max(0, Date.parse(instant) - Date.now());
}

/** Waits until `predicate` holds or `instant` passes; returns true when the predicate won. */
async function waitUntilOr(predicate: () => boolean, instant: string): Promise<boolean> {
  const remaining = millisecondsUntil(instant);
  if (remaining === 0) {
    return predicate();
  }

  return condition(predicate, remaining);
}

/**
 * Runs one step of the running SLA clock (warning, breach or the next escalation step) and returns,
 * so the main loop re-checks signals and stage changes between steps. A stage change, a new owner, a
 * pending signal or a pause ends the wait early. The deadlines are absolute instants in the state, so
 * a restarted worker or a new run waits for the same moment.
 */
export async function runSlaClock(runtime: LifecycleRuntime): Promise<void> {
  const state = runtime.state;
  const sla = state.sla;
  if (sla === null) {
    return;
  }
  const stageAtStart = state.stage;
  const ownerAtStart = state.ownerId;
  const moved = (): boolean => state.stage !== stageAtStart || state.ownerId !== ownerAtStart || runtime.hasPendingSignal();

  if (state.paused) {
    await condition(() => !state.paused || moved());

    return;
  }
  const pausedOrMoved = (): boolean => Boolean(state.paused) || moved();

  if (!state.warned && sla.warnAt !== null && state.breachedAt === null) {
    if (!(await waitUntilOr(pausedOrMoved, sla.warnAt))) {
      await runtime.recordSlaEvent({
        stage: sla.stage,
        kind: 'WARNING',
        ownerId: sla.ownerId,
        dueAt: sla.dueAt,
        detail: 'SLA warning point passed',
        notify:
          sla.ownerId === null
            ? []
            : [{ recipientId: sla.ownerId, kind: 'SLA_WARNING', message: `A lead in your queue is due by ${sla.dueAt}.` }],
      });
      state.warned = true;
    }

    return;
  }
  if (state.breachedAt === null) {
    if (!(await waitUntilOr(pausedOrMoved, sla.dueAt))) {
      await runtime.recordSlaEvent({
        stage: sla.stage,
        kind: 'BREACHED',
        ownerId: sla.ownerId,
        dueAt: sla.dueAt,
        detail: 'SLA deadline passed',
        notify:
          sla.ownerId === null
            ? []
            : [
                {
                  recipientId: sla.ownerId,
                  kind: 'SLA_BREACHED',
                  message: `A lead assigned to you passed its SLA deadline of ${sla.dueAt}.`,
                },
              ],
      });
      state.breachedAt = new Date().toISOString();
      log.info('SLA breached.', { leadId: state.leadId, ownerId: sla.ownerId, dueAt: sla.dueAt });
    }

    return;
  }

  const stepAt = nextEscalationAt(state);
  if (stepAt === null) {
    await condition(pausedOrMoved);

    return;
  }
  if (!(await waitUntilOr(pausedOrMoved, stepAt))) {
    await runEscalationStep(state, {
      recordSlaEvent: (event) => runtime.recordSlaEvent(event),
      assign: (mode, slaStage) => runtime.assign(mode, slaStage),
    });
  }
}
