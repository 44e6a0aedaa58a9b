import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  log,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  checkLeadAction,
  checkStageEntry,
  EXIT_STAGES,
  LeadAction,
  slaStageWhileIn,
  Stage,
  type FieldProblem,
  type GovernanceModel,
} from '@accord/governance';
import type { LeadActivities } from '../activities/create-activities';
import type { AssignLeadInput, AssignmentMode, RecordSlaEventInput } from '../activities/activity-types';
import {
  DEFAULT_HISTORY_EVENT_LIMIT,
  acceptLeadUpdate,
  convertLeadUpdate,
  disqualifyLeadUpdate,
  governancePublishedSignal,
  LEAD_ACTION_REJECTED,
  leadDataChangedSignal,
  pauseSlaUpdate,
  qualifyLeadUpdate,
  reassignLeadUpdate,
  resumeSlaUpdate,
  recycleLeadUpdate,
  rejectLeadUpdate,
  statusQuery,
  type LeadActionFailureDetails,
  type LeadActionInput,
  type LeadActionResult,
  type LeadLifecycleStatus,
  type PauseSlaInput,
  type ReassignLeadInput,
} from '../shared';
import type { LeadLifecycleCarriedInput, LifecycleState } from './lifecycle-state';
import { nextEscalationAt, runEscalationStep } from './run-escalation';
import { refusePauseUnlessAllowed, refuseResumeUnlessPaused, timesAfterPause } from './sla-pause';

const activities = proxyActivities<LeadActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/** Stages whose leads a manager may give to another owner. */
const REASSIGNABLE_STAGES: readonly Stage[] = [Stage.Mql, Stage.Sal, Stage.Sql];

/** Stages that end the lifecycle: the lead left the funnel or became an opportunity. */
const FINAL_STAGES: readonly Stage[] = [...EXIT_STAGES, Stage.Opportunity];

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
 * One lifecycle per lead (workflow id `lead-<leadId>`). It moves a lead from LEAD to MQL when the
 * entry criteria match, routes the MQL, runs the acceptance SLA with its warning and escalation
 * ladder, and applies reps' actions that arrive as Updates. Every write goes through an activity
 * with an idempotency key, so retries and replays write nothing twice.
 */
export async function leadLifecycleWorkflow(input: LeadLifecycleCarriedInput): Promise<LeadLifecycleStatus> {
  const historyEventLimit = input.historyEventLimit ?? DEFAULT_HISTORY_EVENT_LIMIT;
  // Every handler is registered before the first await: an Update that arrives with the first task
  // would otherwise be rejected for want of a handler. Until the state is loaded, validators let
  // requests through and handlers wait, then check against the loaded state.
  let state!: LifecycleState;
  let loaded = input.carried !== undefined;
  if (input.carried !== undefined) {
    state = input.carried;
  }
  setHandler(statusQuery, () => {
    if (!loaded) {
      throw new Error(`the lifecycle of lead ${input.leadId} is still loading; ask again in a moment`);
    }

    return statusOf(state);
  });
  let dataChanged = false;
  let pendingVersion: number | null = null;
  let busy = false;

  const nextKey = (label: string): string => `${workflowInfo().runId}:${state.sequence++}:${label}`;
  const modelForNextStage = (): GovernanceModel => (state.nextGovernance ?? state.governance).model;

  function refuseUnlessAllowed(action: LeadAction, request: LeadActionInput): Stage {
    const check = checkLeadAction({
      stage: state.stage,
      ownerId: state.ownerId,
      lead: state.lead,
      model: modelForNextStage(),
      request: { action, reasonCode: request.reasonCode ?? null, note: request.note ?? null },
    });
    if (!check.ok) {
      const details: LeadActionFailureDetails = { code: check.code, problems: check.problems };
      const message = check.problems.map((problem) => problem.message).join('; ');
      throw ApplicationFailure.create({ type: LEAD_ACTION_REJECTED, message, details: [details], nonRetryable: true });
    }

    return check.to;
  }

  async function enterStage(
    to: Stage,
    actor: { kind: 'USER' | 'SYSTEM'; id: string | null },
    reasonCode: string | null,
    note: string | null,
  ): Promise<void> {
    const from = state.stage;
    if (state.nextGovernance !== null) {
      state.governance = state.nextGovernance;
      state.nextGovernance = null;
    }
    await activities.recordTransition({
      leadId: state.leadId,
      fromStage: from,
      toStage: to,
      actorKind: actor.kind,
      actorId: actor.id,
      reasonCode,
      note,
      governanceVersion: state.governance.version,
      occurredAt: new Date().toISOString(),
      idempotencyKey: nextKey(`${from}-${to}`),
    });
    state.stage = to;
    if (to !== Stage.Mql) {
      state.sla = null;
      state.warned = false;
      state.breachedAt = null;
      state.paused = null;
    }
    log.info('Lead moved to a new stage.', { leadId: state.leadId, from, to });
  }

  function registerAction(update: typeof acceptLeadUpdate, action: LeadAction): void {
    setHandler(
      update,
      async (request: LeadActionInput): Promise<LeadActionResult> => {
        // A version published before this action applies to the stage it enters, so wait until the
        // main loop has loaded it.
        await condition(() => loaded && !busy && pendingVersion === null);
        const to = refuseUnlessAllowed(action, request);
        busy = true;
        try {
          await enterStage(to, { kind: 'USER', id: request.actorId }, request.reasonCode ?? null, request.note ?? null);
        } finally {
          busy = false;
        }

        return { leadId: state.leadId, stage: state.stage, ownerId: state.ownerId };
      },
      {
        validator: (request: LeadActionInput) => {
          if (loaded) {
            refuseUnlessAllowed(action, request);
          }
        },
      },
    );
  }

  registerAction(acceptLeadUpdate, LeadAction.Accept);
  registerAction(rejectLeadUpdate, LeadAction.Reject);
  registerAction(qualifyLeadUpdate, LeadAction.Qualify);
  registerAction(convertLeadUpdate, LeadAction.Convert);
  registerAction(disqualifyLeadUpdate, LeadAction.Disqualify);
  registerAction(recycleLeadUpdate, LeadAction.Recycle);
  function refuseReassignment(request: ReassignLeadInput): void {
    const problems: FieldProblem[] = [];
    if (!REASSIGNABLE_STAGES.includes(state.stage)) {
      const message = `lead is in stage ${state.stage}; only leads in MQL, SAL or SQL can be reassigned`;
      throw ApplicationFailure.create({
        type: LEAD_ACTION_REJECTED,
        message,
        details: [{ code: 'CONFLICT', problems: [{ field: 'id', value: state.leadId, message }] }],
        nonRetryable: true,
      });
    }
    if (request.reason.trim() === '' || request.reason.length > 500) {
      problems.push({
        field: 'reason',
        value: request.reason.slice(0, 50),
        message: 'reason is required, up to 500 characters; say why the lead changes hands',
      });
    }
    if (request.toUserId === state.ownerId) {
      problems.push({ field: 'toUserId', value: request.toUserId, message: 'the lead already belongs to this user; choose another owner' });
    }
    if (problems.length > 0) {
      const message = problems.map((problem) => problem.message).join('; ');
      throw ApplicationFailure.create({
        type: LEAD_ACTION_REJECTED,
        message,
        details: [{ code: 'BAD_USER_INPUT', problems }],
        nonRetryable: true,
      });
    }
  }

  setHandler(
    reassignLeadUpdate,
    async (request: ReassignLeadInput): Promise<LeadActionResult> => {
      await condition(() => loaded && !busy && pendingVersion === null);
      refuseReassignment(request);
      await assign('MANUAL', slaStageWhileIn(state.stage), {
        toUserId: request.toUserId,
        actorId: request.actorId,
        reason: request.reason.trim(),
      });

      return { leadId: state.leadId, stage: state.stage, ownerId: state.ownerId };
    },
    {
      validator: (request: ReassignLeadInput) => {
        if (loaded) {
          refuseReassignment(request);
        }
      },
    },
  );
  setHandler(
    pauseSlaUpdate,
    async (request: PauseSlaInput): Promise<LeadActionResult> => {
      await condition(() => loaded && !busy && pendingVersion === null);
      refusePauseUnlessAllowed(state, request);
      const at = new Date().toISOString();
      state.paused = { at, reason: request.reason };
      await recordSlaEvent({
        stage: state.sla?.stage ?? state.stage,
        kind: 'PAUSED',
        ownerId: state.ownerId,
        dueAt: state.sla?.dueAt ?? null,
        detail: `paused: ${request.reason}`,
        notify: [],
        slaState: 'PAUSED',
      });

      return { leadId: state.leadId, stage: state.stage, ownerId: state.ownerId };
    },
    { validator: (request: PauseSlaInput) => void (loaded && refusePauseUnlessAllowed(state, request)) },
  );
  setHandler(
    resumeSlaUpdate,
    async (_request: { actorId: string }): Promise<LeadActionResult> => {
      await condition(() => loaded && !busy && pendingVersion === null);
      refuseResumeUnlessPaused(state);
      const times = timesAfterPause(state, new Date().toISOString());
      await recordSlaEvent({
        stage: state.sla?.stage ?? state.stage,
        kind: 'RESUMED',
        ownerId: state.ownerId,
        dueAt: times.dueAt,
        detail: `resumed after: ${state.paused?.reason ?? ''}`,
        notify: [],
        slaState: state.breachedAt !== null ? 'BREACHED' : state.warned ? 'WARNING' : 'ON_TRACK',
        slaTimes: times,
      });
      if (state.sla !== null) {
        state.sla = { ...state.sla, ...times };
      }
      state.paused = null;

      return { leadId: state.leadId, stage: state.stage, ownerId: state.ownerId };
    },
    { validator: (_request: { actorId: string }) => void (loaded && refuseResumeUnlessPaused(state)) },
  );
  setHandler(leadDataChangedSignal, () => {
    dataChanged = true;
  });
  setHandler(governancePublishedSignal, ({ version }) => {
    pendingVersion = version;
  });

  if (!loaded) {
    state = await freshState(input.leadId);
    loaded = true;
  }

  async function assign(mode: AssignmentMode, slaStage: Stage | null, manual?: AssignLeadInput['manual']): Promise<void> {
    busy = true;
    try {
      const result = await activities.assignLead({
        leadId: state.leadId,
        mode,
        slaStage,
        manual,
        governanceVersion: state.governance.version,
        now: new Date().toISOString(),
        idempotencyKey: nextKey(`assign-${mode}`),
      });
      state.sla = result.sla;
      // Results recorded before ownerId existed carry the owner only inside the SLA.
      state.ownerId = result.ownerId ?? result.sla?.ownerId ?? state.ownerId;
      state.escalationCount = result.escalationCount;
      state.warned = false;
      state.breachedAt = null;
      state.paused = null;
    } finally {
      busy = false;
    }
  }

  async function recordSlaEvent(event: Omit<RecordSlaEventInput, 'leadId' | 'idempotencyKey' | 'occurredAt'>): Promise<void> {
    await activities.recordSlaEvent({
      ...event,
      leadId: state.leadId,
      occurredAt: new Date().toISOString(),
      idempotencyKey: nextKey(event.kind.toLowerCase()),
    });
  }

  /** Runs one step of the clock: warning, breach or the next escalation; returns after each so the loop re-checks. */
  async function runSlaClock(): Promise<void> {
    const sla = state.sla;
    if (sla === null) {
      return;
    }
    const stageAtStart = state.stage;
    const ownerAtStart = state.ownerId;
    const moved = (): boolean => state.stage !== stageAtStart || state.ownerId !== ownerAtStart || pendingVersion !== null || dataChanged;

    if (state.paused) {
      await condition(() => !state.paused || moved());

      return;
    }
    const pausedOrMoved = (): boolean => Boolean(state.paused) || moved();

    if (!state.warned && sla.warnAt !== null && state.breachedAt === null) {
      if (!(await waitUntilOr(pausedOrMoved, sla.warnAt))) {
        await recordSlaEvent({
          stage: sla.stage,
          kind: 'WARNING',
          ownerId: sla.ownerId,
          dueAt: sla.dueAt,
          detail: 'SLA warning point passed',
          notify: [{ recipientId: sla.ownerId, kind: 'SLA_WARNING', message: `A lead in your queue is due by ${sla.dueAt}.` }],
        });
        state.warned = true;
      }

      return;
    }
    if (state.breachedAt === null) {
      if (!(await waitUntilOr(pausedOrMoved, sla.dueAt))) {
        await recordSlaEvent({
          stage: sla.stage,
          kind: 'BREACHED',
          ownerId: sla.ownerId,
          dueAt: sla.dueAt,
          detail: 'SLA deadline passed',
          notify: [
            { recipientId: sla.ownerId, kind: 'SLA_BREACHED', message: `A lead assigned to you passed its SLA deadline of ${sla.dueAt}.` },
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
      await runEscalationStep(state, { recordSlaEvent, assign });
    }
  }

  while (!FINAL_STAGES.includes(state.stage)) {
    if (pendingVersion !== null) {
      const version = pendingVersion;
      if (version !== state.governance.version) {
        state.nextGovernance = (await activities.loadLifecycleContext(state.leadId, version)).governance;
      }
      // Cleared only once the version is loaded: actions wait for it, and a newer signal wins.
      if (pendingVersion === version) {
        pendingVersion = null;
      }
      continue;
    }
    if (dataChanged) {
      dataChanged = false;
      state.lead = (await activities.loadLifecycleContext(state.leadId, state.governance.version)).lead;
      continue;
    }

    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength >= historyEventLimit) {
      // Handlers still running finish first; Updates that arrive later reach the new run. A signal
      // that arrives meanwhile is handled in this run first, so the new run starts with nothing pending.
      await condition(() => !busy && allHandlersFinished());
      if (pendingVersion === null && !dataChanged) {
        log.info('Lifecycle continues as new.', { leadId: state.leadId, historyLength: info.historyLength });
        await continueAsNew<typeof leadLifecycleWorkflow>({ leadId: state.leadId, carried: state, historyEventLimit });
      }
      continue;
    }

    const slaStage = slaStageWhileIn(state.stage);
    if (state.stage === Stage.Lead) {
      await evaluateMqlEntry();
    } else if (state.stage === Stage.Mql && state.ownerId === null && slaStage !== null) {
      await assign('ROUTE', slaStage);
      if (state.ownerId === null) {
        await condition(() => state.stage !== Stage.Mql || pendingVersion !== null || dataChanged);
      }
    } else if (slaStage !== null && state.sla === null && state.stage !== Stage.Mql) {
      await assign('KEEP_OWNER', slaStage);
      if (state.sla === null) {
        const stage = state.stage;
        await condition(() => state.stage !== stage || pendingVersion !== null || dataChanged);
      }
    } else if (state.sla !== null) {
      await runSlaClock();
    } else {
      const stage = state.stage;
      await condition(() => state.stage !== stage || pendingVersion !== null || dataChanged);
    }
  }

  await condition(allHandlersFinished);

  return statusOf(state);

  async function evaluateMqlEntry(): Promise<void> {
    const model = modelForNextStage();
    const definition = model.stages.find((candidate) => candidate.stage === Stage.Mql);
    const motion = model.motions.find((candidate) => candidate.motion === state.lead.motion) ?? null;
    const entry = definition === undefined ? null : checkStageEntry(state.lead, definition, motion);
    if (entry !== null && entry.criteriaMet && entry.requiredMissing.length === 0 && !busy) {
      busy = true;
      try {
        await enterStage(Stage.Mql, { kind: 'SYSTEM', id: null }, null, null);
      } finally {
        busy = false;
      }

      return;
    }

    await condition(() => state.stage !== Stage.Lead || pendingVersion !== null || dataChanged);
  }
}

function statusOf(state: LifecycleState): LeadLifecycleStatus {
  let slaState: LeadLifecycleStatus['slaState'] = 'ON_TRACK';
  if (state.sla === null) {
    slaState = 'NONE';
  } else if (state.paused) {
    slaState = 'PAUSED';
  } else if (state.breachedAt !== null) {
    slaState = 'BREACHED';
  } else if (state.warned) {
    slaState = 'WARNING';
  }

  return {
    leadId: state.leadId,
    stage: state.stage,
    ownerId: state.ownerId,
    governanceVersion: state.governance.version,
    slaDueAt: state.sla?.dueAt ?? null,
    slaState,
    escalationCount: state.escalationCount,
  };
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
