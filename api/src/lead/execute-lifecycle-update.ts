import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
  type UpdateDefinition,
} from '@temporalio/client';
import {
  LEAD_ACTION_REJECTED,
  LEAD_ACTION_TIMEOUT_MS,
  LeadActionError,
  leadWorkflowId,
  type LeadActionFailureDetails,
  type LeadActionResult,
} from '@accord/workflows';

function detailsOf(failure: ApplicationFailure): LeadActionFailureDetails | null {
  const first: unknown = failure.details?.[0];
  if (typeof first === 'object' && first !== null && 'code' in first && 'problems' in first) {
    return first as LeadActionFailureDetails;
  }

  return null;
}

function unavailable(timeoutMs: number): LeadActionError {
  return new LeadActionError(
    'UNAVAILABLE',
    `the lead's lifecycle did not respond within ${timeoutMs / 1000} s; the worker may be down. ` +
      'The request stays queued and is applied when the worker returns, so reload the lead before retrying.',
  );
}

/**
 * Sends a request that is not a stage action (a reassignment, an SLA pause or resume) to the lead's
 * lifecycle as a Workflow Update and waits at most `timeoutMs` for the result. Failures become
 * `LeadActionError`s as in `executeLeadAction`: a validator's rejection keeps its code and problems,
 * a closed lifecycle is CONFLICT, and no response in time is UNAVAILABLE, after which the gRPC call is cancelled.
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
  let timer: NodeJS.Timeout | undefined;
  // Rejects when the timer fires, even if the call ignores the abort signal.
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(unavailable(timeoutMs));
    }, timeoutMs);
  });
  const update = client.withAbortSignal(controller.signal, () => handle.executeUpdate(definition, { args: [input] }));
  // After a timeout the cancelled call rejects too, and that rejection must not go unhandled.
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
  }
}
