/**
 * The contract between the API and the lead lifecycle workflow: task queue, workflow id, Updates,
 * signals and queries with their payloads. Both sides import it; nothing here may import workflow
 * or activity code.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { FieldProblem, Stage } from '@accord/governance';

export const LEAD_TASK_QUEUE = 'accord-leads';

/** Workflow type name of the lead lifecycle, as registered by the worker. */
export const LEAD_LIFECYCLE_WORKFLOW = 'leadLifecycleWorkflow';

export function leadWorkflowId(leadId: string): string {
  return `lead-${leadId}`;
}

/**
 * A lifecycle continues as new once its history reaches this many events (or earlier, when the server
 * suggests it), well below Temporal's limits of 51,200 events and 50 MB, so replays stay fast.
 */
export const DEFAULT_HISTORY_EVENT_LIMIT = 2_000;

export interface LeadLifecycleInput {
  leadId: string;
  /** Events after which the lifecycle continues as new; defaults to DEFAULT_HISTORY_EVENT_LIMIT. */
  historyEventLimit?: number;
}

export interface LeadActionInput {
  /** The signed-in user who acts; the API has already checked their role and ownership. */
  actorId: string;
  reasonCode?: string | null;
  note?: string | null;
}

export interface LeadActionResult {
  leadId: string;
  stage: Stage;
  ownerId: string | null;
}

/** Failure type of an action that a validator refused; its details hold one `LeadActionFailureDetails`. */
export const LEAD_ACTION_REJECTED = 'LeadActionRejected';

export interface LeadActionFailureDetails {
  code: 'BAD_USER_INPUT' | 'CONFLICT';
  problems: FieldProblem[];
}

export const acceptLeadUpdate = defineUpdate<LeadActionResult, [LeadActionInput]>('acceptLead');
export const rejectLeadUpdate = defineUpdate<LeadActionResult, [LeadActionInput]>('rejectLead');
export const qualifyLeadUpdate = defineUpdate<LeadActionResult, [LeadActionInput]>('qualifyLead');
export const convertLeadUpdate = defineUpdate<LeadActionResult, [LeadActionInput]>('convertLead');
export const disqualifyLeadUpdate = defineUpdate<LeadActionResult, [LeadActionInput]>('disqualifyLead');
export const recycleLeadUpdate = defineUpdate<LeadActionResult, [LeadActionInput]>('recycleLead');
export const winLeadUpdate = defineUpdate<LeadActionResult, [LeadActionInput]>('winLead');
export const loseLeadUpdate = defineUpdate<LeadActionResult, [LeadActionInput]>('loseLead');

export interface ReassignLeadInput {
  /** The manager or admin who reassigns; the API has already checked their role and team. */
  actorId: string;
  toUserId: string;
  /** Why, in the manager's words; kept on the lead's SLA events and routing explanation. */
  reason: string;
}

/**
 * A manager gives an open lead to another user. The pool's rotation is not touched, and the new
 * owner starts a fresh SLA clock when the lead's stage runs one.
 */
export const reassignLeadUpdate = defineUpdate<LeadActionResult, [ReassignLeadInput]>('reassignLead');

export interface PauseSlaInput {
  actorId: string;
  /** One of the reasons the running clock's policy allows, such as "waiting on the buyer". */
  reason: string;
}

/** Stops the running SLA clock for a reason its policy allows; the time paused does not count. */
export const pauseSlaUpdate = defineUpdate<LeadActionResult, [PauseSlaInput]>('pauseSla');

/** Restarts a paused clock; its deadline moves out by the business time spent paused. */
export const resumeSlaUpdate = defineUpdate<LeadActionResult, [{ actorId: string }]>('resumeSla');

export interface ReviewPipelineInput {
  actorId: string;
  /** What the review found, for the lead's timeline; optional. */
  note?: string | null;
}

/**
 * The owner reviewed an opportunity's pipeline hygiene (value, stakeholders, next steps). It closes the
 * running weekly review clock as met and starts the next one.
 */
export const reviewPipelineUpdate = defineUpdate<LeadActionResult, [ReviewPipelineInput]>('reviewPipeline');

/** The lead's attributes changed (for example new scores), so the workflow re-evaluates its entry criteria. */
export const leadDataChangedSignal = defineSignal<[]>('leadDataChanged');

export interface EngagementRecordedInput {
  /** Id of the stored `engagement_events` row. */
  eventId: string;
  /** When the lead engaged (ISO 8601). */
  occurredAt: string;
}

/**
 * An engagement event of the lead was stored. The workflow rescores the lead and, while it is at
 * LEAD, checks the MQL entry criteria again.
 */
export const engagementRecordedSignal = defineSignal<[EngagementRecordedInput]>('engagementRecorded');

/** A new governance version was published; the workflow applies it from its next stage on. */
export const governancePublishedSignal = defineSignal<[{ version: number }]>('governancePublished');

export type LifecycleSlaState = 'NONE' | 'ON_TRACK' | 'WARNING' | 'BREACHED' | 'PAUSED';

export interface LeadLifecycleStatus {
  leadId: string;
  stage: Stage;
  ownerId: string | null;
  governanceVersion: number;
  slaDueAt: string | null;
  slaState: LifecycleSlaState;
  escalationCount: number;
}

export const statusQuery = defineQuery<LeadLifecycleStatus>('status');
