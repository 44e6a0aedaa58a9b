import type { Client } from '@temporalio/client';
import {
  executeLeadAction,
  startLeadLifecycle,
  type LeadActionInput,
  type LeadActionName,
  type LeadActionResult,
} from '@accord/workflows';

/**
 * What the API needs from the lead lifecycle workflows. Services depend on this interface so that
 * unit tests can check the order of database writes and workflow calls without a Temporal server.
 */
export interface LeadLifecycleGateway {
  start(leadId: string): Promise<void>;
  /** Throws `LeadActionError` when the workflow rejects the action. */
  execute(leadId: string, action: LeadActionName, input: LeadActionInput): Promise<LeadActionResult>;
}

export function createTemporalLeadLifecycle(client: Client): LeadLifecycleGateway {
  return {
    start: (leadId) => startLeadLifecycle(client, leadId),
    execute: (leadId, action, input) => executeLeadAction(client, leadId, action, input),
  };
}
