import { setHandler } from '@temporalio/workflow';
import { checkLeadAction, checkLeadText, LeadAction, slaStageWhileIn, Stage, type FieldProblem } from '@accord/governance';
import {
  acceptLeadUpdate,
  convertLeadUpdate,
  disqualifyLeadUpdate,
  engagementRecordedSignal,
  governancePublishedSignal,
  leadDataChangedSignal,
  loseLeadUpdate,
  pauseSlaUpdate,
  qualifyLeadUpdate,
  reassignLeadUpdate,
  recycleLeadUpdate,
  reviewPipelineUpdate,
  rejectLeadUpdate,
  resumeSlaUpdate,
  statusQuery,
  winLeadUpdate,
  type LeadActionInput,
  type LeadActionResult,
  type PauseSlaInput,
  type ReassignLeadInput,
  type ReviewPipelineInput,
} from '../shared';
import type { LifecycleRuntime } from './lifecycle-runtime';
import { refuseRequest } from './refuse-request';
import { refusePauseUnlessAllowed, refuseResumeUnlessPaused, timesAfterPause } from './sla-pause';

/** Stages whose leads a manager may give to another owner. */
const REASSIGNABLE_STAGES: readonly Stage[] = [Stage.Mql, Stage.Sal, Stage.Sql];

function resultOf(runtime: LifecycleRuntime): LeadActionResult {
  return { leadId: runtime.state.leadId, stage: runtime.state.stage, ownerId: runtime.state.ownerId };
}

function refuseUnlessAllowed(runtime: LifecycleRuntime, action: LeadAction, request: LeadActionInput): Stage {
  const state = runtime.state;
  const check = checkLeadAction({
    stage: state.stage,
    ownerId: state.ownerId,
    lead: state.lead,
    model: runtime.modelForNextStage(),
    request: { action, reasonCode: request.reasonCode ?? null, note: request.note ?? null },
  });
  if (!check.ok) {
    refuseRequest(check.code, check.problems);
  }

  return check.to;
}

function refuseReassignment(runtime: LifecycleRuntime, request: ReassignLeadInput): void {
  const state = runtime.state;
  if (!REASSIGNABLE_STAGES.includes(state.stage)) {
    const message = `lead is in stage ${state.stage}; only leads in MQL, SAL or SQL can be reassigned`;
    refuseRequest('CONFLICT', [{ field: 'id', value: state.leadId, message }]);
  }

  const problems: FieldProblem[] = [];
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
    refuseRequest('BAD_USER_INPUT', problems);
  }
}

function registerStageAction(runtime: LifecycleRuntime, update: typeof acceptLeadUpdate, action: LeadAction): void {
  setHandler(
    update,
    async (request: LeadActionInput): Promise<LeadActionResult> => {
      await runtime.readyForRequest();
      const to = refuseUnlessAllowed(runtime, action, request);
      await runtime.exclusive(() =>
        runtime.enterStage(to, { kind: 'USER', id: request.actorId }, request.reasonCode ?? null, request.note ?? null),
      );

      return resultOf(runtime);
    },
    {
      validator: (request: LeadActionInput) => {
        if (runtime.loaded) {
          refuseUnlessAllowed(runtime, action, request);
        }
      },
    },
  );
}

function registerReassignment(runtime: LifecycleRuntime): void {
  setHandler(
    reassignLeadUpdate,
    async (request: ReassignLeadInput): Promise<LeadActionResult> => {
      await runtime.readyForRequest();
      refuseReassignment(runtime, request);
      const manual = { toUserId: request.toUserId, actorId: request.actorId, reason: request.reason.trim() };
      await runtime.assign('MANUAL', slaStageWhileIn(runtime.state.stage), manual);

      return resultOf(runtime);
    },
    {
      validator: (request: ReassignLeadInput) => {
        if (runtime.loaded) {
          refuseReassignment(runtime, request);
        }
      },
    },
  );
}

function registerSlaPause(runtime: LifecycleRuntime): void {
  setHandler(
    pauseSlaUpdate,
    async (request: PauseSlaInput): Promise<LeadActionResult> => {
      await runtime.readyForRequest();
      const state = runtime.state;
      refusePauseUnlessAllowed(state, request);
      state.paused = { at: new Date().toISOString(), reason: request.reason };
      await runtime.recordSlaEvent({
        stage: state.sla?.stage ?? state.stage,
        kind: 'PAUSED',
        ownerId: state.ownerId,
        dueAt: state.sla?.dueAt ?? null,
        detail: `paused: ${request.reason}`,
        notify: [],
        slaState: 'PAUSED',
      });

      return resultOf(runtime);
    },
    {
      validator: (request: PauseSlaInput) => {
        if (runtime.loaded) {
          refusePauseUnlessAllowed(runtime.state, request);
        }
      },
    },
  );
  setHandler(
    resumeSlaUpdate,
    async (_request: { actorId: string }): Promise<LeadActionResult> => {
      await runtime.readyForRequest();
      const state = runtime.state;
      refuseResumeUnlessPaused(state);
      const times = timesAfterPause(state, new Date().toISOString());
      await runtime.recordSlaEvent({
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

      return resultOf(runtime);
    },
    {
      validator: (_request: { actorId: string }) => {
        if (runtime.loaded) {
          refuseResumeUnlessPaused(runtime.state);
        }
      },
    },
  );
}

function refusePipelineReview(runtime: LifecycleRuntime, request: ReviewPipelineInput): void {
  const state = runtime.state;
  if (state.stage !== Stage.Opportunity) {
    const message = `lead is in stage ${state.stage}; pipeline reviews apply to leads in stage OPPORTUNITY`;
    refuseRequest('CONFLICT', [{ field: 'id', value: state.leadId, message }]);
  }
  const problems = checkLeadText('note', request.note ?? null);
  if (problems.length > 0) {
    refuseRequest('BAD_USER_INPUT', problems);
  }
}

function registerPipelineReview(runtime: LifecycleRuntime): void {
  setHandler(
    reviewPipelineUpdate,
    async (request: ReviewPipelineInput): Promise<LeadActionResult> => {
      await runtime.readyForRequest();
      refusePipelineReview(runtime, request);
      const state = runtime.state;
      const note = request.note?.trim() ?? '';
      await runtime.recordSlaEvent({
        stage: Stage.Opportunity,
        kind: 'MET',
        ownerId: state.ownerId,
        dueAt: state.sla?.dueAt ?? null,
        detail: note === '' ? 'pipeline reviewed' : `pipeline reviewed: ${note}`,
        notify: [],
      });
      // The next weekly review clock starts now, for the same owner.
      await runtime.assign('KEEP_OWNER', Stage.Opportunity);

      return resultOf(runtime);
    },
    {
      validator: (request: ReviewPipelineInput) => {
        if (runtime.loaded) {
          refusePipelineReview(runtime, request);
        }
      },
    },
  );
}

/**
 * Registers every query, Update and signal of the lifecycle. It runs before the workflow's first
 * await: an Update that arrives with the first task would otherwise be rejected for want of a
 * handler. Until the state is loaded, validators let requests through and handlers wait, then check
 * against the loaded state.
 */
export function registerLifecycleHandlers(runtime: LifecycleRuntime): void {
  setHandler(statusQuery, () => {
    if (!runtime.loaded) {
      throw new Error(`the lifecycle of lead ${runtime.leadId} is still loading; ask again in a moment`);
    }

    return runtime.status();
  });

  registerStageAction(runtime, acceptLeadUpdate, LeadAction.Accept);
  registerStageAction(runtime, rejectLeadUpdate, LeadAction.Reject);
  registerStageAction(runtime, qualifyLeadUpdate, LeadAction.Qualify);
  registerStageAction(runtime, convertLeadUpdate, LeadAction.Convert);
  registerStageAction(runtime, disqualifyLeadUpdate, LeadAction.Disqualify);
  registerStageAction(runtime, recycleLeadUpdate, LeadAction.Recycle);
  registerStageAction(runtime, winLeadUpdate, LeadAction.Win);
  registerStageAction(runtime, loseLeadUpdate, LeadAction.Lose);
  registerReassignment(runtime);
  registerSlaPause(runtime);
  registerPipelineReview(runtime);

  setHandler(leadDataChangedSignal, () => {
    runtime.dataChanged = true;
  });
  setHandler(engagementRecordedSignal, ({ occurredAt }) => {
    const pending = runtime.pendingEngagementAt;
    runtime.engagementSignalCount += 1;
    runtime.pendingEngagementAt = pending === null || Date.parse(occurredAt) > Date.parse(pending) ? occurredAt : pending;
  });
  setHandler(governancePublishedSignal, ({ version }) => {
    runtime.pendingVersion = version;
  });
}
