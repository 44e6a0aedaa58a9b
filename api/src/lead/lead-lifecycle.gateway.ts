import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import {
  engagementRecordedSignal,
  executeLeadAction,
  governancePublishedSignal,
  leadDataChangedSignal,
  leadWorkflowId,
  pauseSlaUpdate,
  reassignLeadUpdate,
  resumeSlaUpdate,
  reviewPipelineUpdate,
  startLeadLifecycle,
  type EngagementRecordedInput,
  type LeadActionInput,
  type LeadActionName,
  type LeadActionResult,
  type PauseSlaInput,
  type ReassignLeadInput,
  type ReviewPipelineInput,
} from '@accord/workflows';

import { executeLifecycleUpdate } from '@accord/workflows';

/** The outcome of a signal: the lifecycle received it, or the lead has no running lifecycle. */
export type LifecycleSignalResult = 'SIGNALLED' | 'NOT_RUNNING';

/**
 * The operations the API needs from the lead lifecycle workflows. Services depend on this interface so that
 * unit tests can check the order of database writes and workflow calls without a Temporal server.
 */
export interface LeadLifecycleGateway {
  start(leadId: string): Promise<void>;
  /** Throws `LeadActionError` when the workflow rejects the action, or with UNAVAILABLE when it does not respond in time. */
  execute(leadId: string, action: LeadActionName, input: LeadActionInput): Promise<LeadActionResult>;
  /** Tells the lead's lifecycle that `version` is published; a closed or missing lifecycle is NOT_RUNNING. */
  signalGovernancePublished(leadId: string, version: number): Promise<LifecycleSignalResult>;
  /** Tells the lead's lifecycle to reload the lead and check its entry criteria again; a closed or missing lifecycle is NOT_RUNNING. */
  signalLeadDataChanged(leadId: string): Promise<LifecycleSignalResult>;
  /** Tells the lead's lifecycle to rescore the lead after a stored engagement event; a closed or missing lifecycle is NOT_RUNNING. */
  signalEngagementRecorded(leadId: string, input: EngagementRecordedInput): Promise<LifecycleSignalResult>;
  /** Gives the lead to another owner; throws `LeadActionError` like `execute`. */
  reassign(leadId: string, input: ReassignLeadInput): Promise<LeadActionResult>;
  /** Stops the running SLA clock; throws `LeadActionError` like `execute`. */
  pauseSla(leadId: string, input: PauseSlaInput): Promise<LeadActionResult>;
  /** Restarts a paused SLA clock; throws `LeadActionError` like `execute`. */
  resumeSla(leadId: string, input: { actorId: string }): Promise<LeadActionResult>;
  /** Records an opportunity's pipeline review and starts the next weekly review clock; throws `LeadActionError` like `execute`. */
  reviewPipeline(leadId: string, input: ReviewPipelineInput): Promise<LeadActionResult>;
}

/** `actionTimeoutMs` bounds the wait for an action, `LEAD_ACTION_TIMEOUT_MS` (20 s) unless given. */
export function createTemporalLeadLifecycle(client: Client, options: { actionTimeoutMs?: number } = {}): LeadLifecycleGateway {
  const timeoutMs = options.actionTimeoutMs;

  return {
    start: (leadId) => startLeadLifecycle(client, leadId),
    execute: (leadId, action, input) => executeLeadAction(client, leadId, action, input, timeoutMs),
    signalGovernancePublished: (leadId, version) =>
      signalLifecycle(client, leadId, (handle) => handle.signal(governancePublishedSignal, { version })),
    signalLeadDataChanged: (leadId) => signalLifecycle(client, leadId, (handle) => handle.signal(leadDataChangedSignal)),
    signalEngagementRecorded: (leadId, input) =>
      signalLifecycle(client, leadId, (handle) => handle.signal(engagementRecordedSignal, input)),
    reassign: (leadId, input) => executeLifecycleUpdate(client, leadId, reassignLeadUpdate, input, timeoutMs),
    pauseSla: (leadId, input) => executeLifecycleUpdate(client, leadId, pauseSlaUpdate, input, timeoutMs),
    resumeSla: (leadId, input) => executeLifecycleUpdate(client, leadId, resumeSlaUpdate, input, timeoutMs),
    reviewPipeline: (leadId, input) => executeLifecycleUpdate(client, leadId, reviewPipelineUpdate, input, timeoutMs),
  };
}

type WorkflowHandle = ReturnType<Client['workflow']['getHandle']>;

async function signalLifecycle(
  client: Client,
  leadId: string,
  send: (handle: WorkflowHandle) => Promise<void>,
): Promise<LifecycleSignalResult> {
  try {
    await send(client.workflow.getHandle(leadWorkflowId(leadId)));

    return 'SIGNALLED';
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) {
      return 'NOT_RUNNING';
    }

    throw error;
  }
}
