import { allHandlersFinished, condition, continueAsNew, log, patched, workflowInfo } from '@temporalio/workflow';
import { checkStageEntry, EXIT_STAGES, slaStageWhileIn, Stage } from '@accord/governance';
import { DEFAULT_HISTORY_EVENT_LIMIT, type LeadLifecycleStatus } from '../shared';
import { activities } from './lifecycle-activities';
import { registerLifecycleHandlers } from './lifecycle-handlers';
import { LifecycleRuntime } from './lifecycle-runtime';
import type { LeadLifecycleCarriedInput, LifecycleState } from './lifecycle-state';
import { runSlaClock } from './sla-clock';

/** Marks the change that gave the Lead stage its enrichment clock. */
const LEAD_STAGE_SLA_PATCH = 'lead-stage-sla';

/** Marks the change that kept opportunities under a weekly pipeline-review clock instead of ending. */
const OPPORTUNITY_REVIEW_PATCH = 'opportunity-review';

/**
 * Whether the lifecycle ends at `stage`: the lead left the funnel. Lifecycles started before the
 * weekly opportunity review also ended when the lead became an opportunity, and replay that way.
 */
function isFinal(stage: Stage): boolean {
  if (EXIT_STAGES.includes(stage)) {
    return true;
  }

  return stage === Stage.Opportunity && !patched(OPPORTUNITY_REVIEW_PATCH);
}

/**
 * Governs one lead from arrival to exit (workflow id `lead-<leadId>`). It moves a lead from LEAD to MQL when the
 * entry criteria match, routes the MQL, runs the SLA clocks with their warnings and escalation
 * ladders, and applies reps' and managers' requests that arrive as Updates. Every write goes through
 * an activity with an idempotency key, so retries and replays write nothing twice.
 */
export async function leadLifecycleWorkflow(input: LeadLifecycleCarriedInput): Promise<LeadLifecycleStatus> {
  const historyEventLimit = input.historyEventLimit ?? DEFAULT_HISTORY_EVENT_LIMIT;
  const runtime = new LifecycleRuntime(input.leadId, input.carried);
  registerLifecycleHandlers(runtime);
  if (!runtime.loaded) {
    runtime.state = await freshState(input.leadId);
    runtime.loaded = true;
  }
  const state = runtime.state;
  const stageChangedOrSignalled = (stage: Stage) => (): boolean => state.stage !== stage || runtime.hasPendingSignal();

  while (!isFinal(state.stage)) {
    if (runtime.pendingVersion !== null) {
      const version = runtime.pendingVersion;
      if (version !== state.governance.version) {
        state.nextGovernance = (await activities.loadLifecycleContext(state.leadId, version)).governance;
      }
      // Cleared only once the version is loaded: requests wait for it, and a newer signal wins.
      if (runtime.pendingVersion === version) {
        runtime.pendingVersion = null;
      }
      continue;
    }
    if (runtime.pendingEngagementAt !== null) {
      await rescoreForEngagement(runtime);
      continue;
    }
    if (runtime.dataChanged) {
      runtime.dataChanged = false;
      state.lead = (await activities.loadLifecycleContext(state.leadId, state.governance.version)).lead;
      continue;
    }

    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength >= historyEventLimit) {
      // Handlers still running finish first; Updates that arrive later reach the new run. A signal
      // that arrives meanwhile is handled in this run first, so the new run starts with nothing pending.
      await condition(() => !runtime.busy && allHandlersFinished());
      if (!runtime.hasPendingSignal()) {
        log.info('Lifecycle continues as new.', { leadId: state.leadId, historyLength: info.historyLength });
        await continueAsNew<typeof leadLifecycleWorkflow>({ leadId: state.leadId, carried: state, historyEventLimit });
      }
      continue;
    }

    const slaStage = slaStageWhileIn(state.stage);
    if (state.stage === Stage.Lead) {
      await runLeadStage(runtime);
    } else if (state.stage === Stage.Mql && state.ownerId === null && slaStage !== null) {
      await runtime.assign('ROUTE', slaStage);
      if (state.ownerId === null) {
        await condition(stageChangedOrSignalled(Stage.Mql));
      }
    } else if (slaStage !== null && state.sla === null && state.stage !== Stage.Mql) {
      await runtime.assign('KEEP_OWNER', slaStage);
      if (state.sla === null) {
        await condition(stageChangedOrSignalled(state.stage));
      }
    } else if (state.sla !== null) {
      await runSlaClock(runtime);
    } else {
      await condition(stageChangedOrSignalled(state.stage));
    }
  }

  await condition(allHandlersFinished);

  return runtime.status();
}

/**
 * Rescores the lead after engagement signals, under the version its next stage is entered under, then
 * marks its data changed. The reload that follows feeds the new scores to the stage's own entry check
 * (`runLeadStage` for a lead at LEAD), so the criteria are checked in one place. Lifecycles recorded
 * before engagement scoring never receive the signal, so they replay without this activity.
 */
async function rescoreForEngagement(runtime: LifecycleRuntime): Promise<void> {
  const occurredAt = runtime.pendingEngagementAt;
  if (occurredAt === null) {
    return;
  }
  const state = runtime.state;
  const governanceVersion = (state.nextGovernance ?? state.governance).version;
  const signalsBefore = runtime.engagementSignalCount;
  await runtime.exclusive(() => activities.rescoreLead({ leadId: state.leadId, governanceVersion, occurredAt }));
  // The activity may have read the events before one whose signal arrived meanwhile, so that one gets another pass.
  if (runtime.engagementSignalCount === signalsBefore) {
    runtime.pendingEngagementAt = null;
  }
  runtime.dataChanged = true;
}

/**
 * Runs one step at the Lead stage. A lead that meets the MQL entry criteria and required fields moves
 * to MQL. Otherwise the Lead stage's enrichment clock is armed once, then run, or the step waits for a change.
 */
async function runLeadStage(runtime: LifecycleRuntime): Promise<void> {
  const state = runtime.state;
  const model = runtime.modelForNextStage();
  const definition = model.stages.find((candidate) => candidate.stage === Stage.Mql);
  const motion = model.motions.find((candidate) => candidate.motion === state.lead.motion) ?? null;
  const entry = definition === undefined ? null : checkStageEntry(state.lead, definition, motion);
  if (entry !== null && entry.criteriaMet && entry.requiredMissing.length === 0 && !runtime.busy) {
    await runtime.exclusive(() => runtime.enterStage(Stage.Mql, { kind: 'SYSTEM', id: null }, null, null));

    return;
  }
  // Lifecycles started before the Lead stage ran a clock replay without one.
  if (patched(LEAD_STAGE_SLA_PATCH)) {
    if (state.sla === null && state.unownedSlaArmedFor !== Stage.Lead) {
      await runtime.armUnownedSla(Stage.Lead);
      state.unownedSlaArmedFor = Stage.Lead;

      return;
    }
    if (state.sla !== null) {
      await runSlaClock(runtime);

      return;
    }
  }

  await condition(() => state.stage !== Stage.Lead || runtime.hasPendingSignal());
}

async function freshState(leadId: string): Promise<LifecycleState> {
  const context = await activities.loadLifecycleContext(leadId, null);

  return {
    leadId,
    stage: context.stage,
    ownerId: context.ownerId,
    lead: context.lead,
    governance: context.governance,
    nextGovernance: null,
    sla: context.runningSla,
    warned: false,
    breachedAt: null,
    ladderIndex: 0,
    escalationCount: context.escalationCount,
    sequence: 0,
  };
}
