import { ApplicationFailure, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import type { FieldProblem } from '@accord/governance';
import {
  LEAD_ACTION_REJECTED,
  LEAD_LIFECYCLE_WORKFLOW,
  LEAD_TASK_QUEUE,
  leadWorkflowId,
  type LeadActionFailureDetails,
  type LeadActionInput,
  type LeadActionResult,
  type LeadLifecycleInput,
  acceptLeadUpdate,
  convertLeadUpdate,
  disqualifyLeadUpdate,
  qualifyLeadUpdate,
  recycleLeadUpdate,
  rejectLeadUpdate,
} from './shared';

export const LEAD_ACTION_UPDATES = {
  ACCEPT: acceptLeadUpdate,
  REJECT: rejectLeadUpdate,
  QUALIFY: qualifyLeadUpdate,
  CONVERT: convertLeadUpdate,
  DISQUALIFY: disqualifyLeadUpdate,
  RECYCLE: recycleLeadUpdate,
} as const;

export type LeadActionName = keyof typeof LEAD_ACTION_UPDATES;

/** A lead action that the lifecycle refused, or a lead whose lifecycle is not running. */
export class LeadActionError extends Error {
  override name = 'LeadActionError';

  constructor(
    readonly code: 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND',
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** Starts the lifecycle of a stored lead. Starting it twice is harmless: the second start finds the first. */
export async function startLeadLifecycle(client: Client, leadId: string, options: { historyEventLimit?: number } = {}): Promise<void> {
  const input: LeadLifecycleInput = { leadId, ...options };
  await client.workflow.start(LEAD_LIFECYCLE_WORKFLOW, {
    taskQueue: LEAD_TASK_QUEUE,
    workflowId: leadWorkflowId(leadId),
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
}

function detailsOf(failure: ApplicationFailure): LeadActionFailureDetails | null {
  const first: unknown = failure.details?.[0];
  if (typeof first === 'object' && first !== null && 'code' in first && 'problems' in first) {
    return first as LeadActionFailureDetails;
  }

  return null;
}

/**
 * Sends a rep's action to the lead's lifecycle as a Workflow Update and waits for the result. A
 * refusal by the Update's validator becomes a `LeadActionError` with the problems it named.
 */
export async function executeLeadAction(
  client: Client,
  leadId: string,
  action: LeadActionName,
  input: LeadActionInput,
): Promise<LeadActionResult> {
  const handle = client.workflow.getHandle(leadWorkflowId(leadId));
  try {
    return await handle.executeUpdate(LEAD_ACTION_UPDATES[action], { args: [input] });
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      const details = error.cause.type === LEAD_ACTION_REJECTED ? detailsOf(error.cause) : null;
      if (details !== null) {
        throw new LeadActionError(details.code, error.cause.message, details.problems);
      }
    }
    if (error instanceof WorkflowNotFoundError) {
      throw new LeadActionError('CONFLICT', `lead ${leadId} has no running lifecycle; it is closed, so no action applies to it`);
    }

    throw error;
  }
}
