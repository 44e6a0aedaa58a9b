import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import {
  executeLeadAction,
  governancePublishedSignal,
  leadWorkflowId,
  startLeadLifecycle,
  type LeadActionInput,
  type LeadActionName,
  type LeadActionResult,
} from '@accord/workflows';

/** What became of a signal: the lifecycle received it, or the lead has no running lifecycle. */
export type LifecycleSignalResult = 'SIGNALLED' | 'NOT_RUNNING';

/**
 * What the API needs from the lead lifecycle workflows. Services depend on this interface so that
 * unit tests can check the order of database writes and workflow calls without a Temporal server.
 */
export interface LeadLifecycleGateway {
  start(leadId: string): Promise<void>;
  /** Throws `LeadActionError` when the workflow rejects the action, or with UNAVAILABLE when it does not respond in time. */
  execute(leadId: string, action: LeadActionName, input: LeadActionInput): Promise<LeadActionResult>;
  /** Tells the lead's lifecycle that `version` is published; a closed or missing lifecycle is NOT_RUNNING. */
  signalGovernancePublished(leadId: string, version: number): Promise<LifecycleSignalResult>;
}

/** `actionTimeoutMs` bounds the wait for an action, `LEAD_ACTION_TIMEOUT_MS` (20 s) unless given. */
export function createTemporalLeadLifecycle(client: Client, options: { actionTimeoutMs?: number } = {}): LeadLifecycleGateway {
  return {
    start: (leadId) => startLeadLifecycle(client, leadId),
    execute: (leadId, action, input) => executeLeadAction(client, leadId, action, input, options.actionTimeoutMs),
    async signalGovernancePublished(leadId, version) {
      try {
        await client.workflow.getHandle(leadWorkflowId(leadId)).signal(governancePublishedSignal, { version });

        return 'SIGNALLED';
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) {
          return 'NOT_RUNNING';
        }

        throw error;
      }
    },
  };
}
