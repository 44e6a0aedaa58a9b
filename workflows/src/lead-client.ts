import { ApplicationFailure, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
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
  winLeadUpdate,
  loseLeadUpdate,
} from './shared';

export const LEAD_ACTION_UPDATES = {
  ACCEPT: acceptLeadUpdate,
  REJECT: rejectLeadUpdate,
  QUALIFY: qualifyLeadUpdate,
  CONVERT: convertLeadUpdate,
  DISQUALIFY: disqualifyLeadUpdate,
  RECYCLE: recycleLeadUpdate,
  WIN: winLeadUpdate,
  LOSE: loseLeadUpdate,
} as const;

export type LeadActionName = keyof typeof LEAD_ACTION_UPDATES;

/** How long a rep's action waits for the lead's lifecycle to respond, in milliseconds. */
export const LEAD_ACTION_TIMEOUT_MS = 20_000;

/**
 * A lead action that the lifecycle refused, a lead whose lifecycle is not running, or (UNAVAILABLE)
 * a lifecycle that did not respond within `LEAD_ACTION_TIMEOUT_MS`.
 */
export class LeadActionError extends Error {
  override name = 'LeadActionError';

  constructor(
    readonly code: 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND' | 'UNAVAILABLE',
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
 * Sends a request to the lead's lifecycle as a Workflow Update and waits for the result, at most
 * `timeoutMs`. A refusal by the Update's validator becomes a `LeadActionError` with the problems it
 * named, and a closed lifecycle is CONFLICT. Without a response in time (no worker polls the task
 * queue), the gRPC calls are cancelled and the error is UNAVAILABLE. The Temporal server keeps an
 * Update it admitted and delivers it when a worker returns.
 *
 * NOTE: the UNAVAILABLE message says the request was queued. That holds when the Temporal server
 * admitted the Update; when the server itself is unreachable, nothing was queued.
 */
export async function executeLifecycleUpdate<Input>(
  client: Client,
  leadId: string,
  definition: UpdateDefinition<LeadActionResult, [Input]>,
  input: Input,
  timeoutMs: number = LEAD_ACTION_TIMEOUT_MS,
): Promise<LeadActionResult> {
  const handle = client.workflow.getHandle(leadWorkflowId(leadId));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let removeAbortListener: () => void = () => undefined;
  // Settles (rejects) only when the timer aborts, even if a call ignores the signal.
  const timedOut = new Promise<never>((_resolve, reject) => {
    const onAbort = (): void => reject(unavailable(timeoutMs));
    controller.signal.addEventListener('abort', onAbort, { once: true });
    removeAbortListener = () => controller.signal.removeEventListener('abort', onAbort);
  });
  const update = client.withAbortSignal(controller.signal, () => handle.executeUpdate(definition, { args: [input] }));
  // The update's own rejection after a timeout (CANCELLED) is expected and must not go unhandled.
  update.catch(() => undefined);

  try {
    return await Promise.race([update, timedOut]);
  } catch (error) {
    if (controller.signal.aborted) {
      throw unavailable(timeoutMs);
    }
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      const details = error.cause.type === LEAD_ACTION_REJECTED ? detailsOf(error.cause) : null;
      if (details !== null) {
        throw new LeadActionError(details.code, error.cause.message, details.problems);
      }
    }
    if (error instanceof WorkflowNotFoundError) {
      throw new LeadActionError('CONFLICT', `lead ${leadId} has no running lifecycle; it is closed, so this request does not apply to it`);
    }

    throw error;
  } finally {
    clearTimeout(timer);
    removeAbortListener();
  }
}

/** Sends a rep's stage action (accept, reject, qualify, convert, disqualify, recycle, win, lose) to the lead's lifecycle. */
export async function executeLeadAction(
  client: Client,
  leadId: string,
  action: LeadActionName,
  input: LeadActionInput,
  timeoutMs: number = LEAD_ACTION_TIMEOUT_MS,
): Promise<LeadActionResult> {
  return executeLifecycleUpdate(client, leadId, LEAD_ACTION_UPDATES[action], input, timeoutMs);
}

function unavailable(timeoutMs: number): LeadActionError {
  return new LeadActionError(
    'UNAVAILABLE',
    `the lead's lifecycle did not answer within ${timeoutMs / 1000} s; the worker may be down. ` +
      'The request was queued and is applied when the worker returns; reload the lead before retrying.',
  );
}
