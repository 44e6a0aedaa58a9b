import type {
  EngagementRecordedInput,
  LeadActionInput,
  LeadActionName,
  LeadActionResult,
  PauseSlaInput,
  ReassignLeadInput,
  ReviewPipelineInput,
} from '@accord/workflows';

import type { LeadLifecycleGateway, LifecycleSignalResult } from '../lead/lead-lifecycle.gateway';

/** A lifecycle request that is not a stage action, as the gateway received it. */
export type LifecycleRequest =
  | { kind: 'REASSIGN'; leadId: string; input: ReassignLeadInput }
  | { kind: 'PAUSE_SLA'; leadId: string; input: PauseSlaInput }
  | { kind: 'RESUME_SLA'; leadId: string; input: { actorId: string } }
  | { kind: 'REVIEW_PIPELINE'; leadId: string; input: ReviewPipelineInput };

/** A lifecycle gateway that records calls instead of reaching Temporal; hooks let a test fail or inspect them. */
export class RecordingLifecycle implements LeadLifecycleGateway {
  readonly started: string[] = [];
  readonly actions: { leadId: string; action: LeadActionName; input: LeadActionInput }[] = [];
  readonly governanceSignals: { leadId: string; version: number }[] = [];
  readonly dataChangedSignals: string[] = [];
  readonly engagementSignals: { leadId: string; input: EngagementRecordedInput }[] = [];
  readonly requests: LifecycleRequest[] = [];

  onStart: (leadId: string) => Promise<void> = async () => undefined;
  onExecute: (leadId: string, action: LeadActionName, input: LeadActionInput) => Promise<LeadActionResult> = async () => {
    throw new Error('RecordingLifecycle.onExecute is not set for this test');
  };
  onGovernanceSignal: (leadId: string, version: number) => Promise<LifecycleSignalResult> = async () => 'SIGNALLED';
  onDataChangedSignal: (leadId: string) => Promise<LifecycleSignalResult> = async () => 'SIGNALLED';
  onEngagementSignal: (leadId: string, input: EngagementRecordedInput) => Promise<LifecycleSignalResult> = async () => 'SIGNALLED';
  onRequest: (request: LifecycleRequest) => Promise<LeadActionResult> = async () => {
    throw new Error('RecordingLifecycle.onRequest is not set for this test');
  };

  async start(leadId: string): Promise<void> {
    this.started.push(leadId);
    await this.onStart(leadId);
  }

  async execute(leadId: string, action: LeadActionName, input: LeadActionInput): Promise<LeadActionResult> {
    this.actions.push({ leadId, action, input });

    return this.onExecute(leadId, action, input);
  }

  async signalGovernancePublished(leadId: string, version: number): Promise<LifecycleSignalResult> {
    this.governanceSignals.push({ leadId, version });

    return this.onGovernanceSignal(leadId, version);
  }

  async signalLeadDataChanged(leadId: string): Promise<LifecycleSignalResult> {
    this.dataChangedSignals.push(leadId);

    return this.onDataChangedSignal(leadId);
  }

  async signalEngagementRecorded(leadId: string, input: EngagementRecordedInput): Promise<LifecycleSignalResult> {
    this.engagementSignals.push({ leadId, input });

    return this.onEngagementSignal(leadId, input);
  }

  reassign(leadId: string, input: ReassignLeadInput): Promise<LeadActionResult> {
    return this.record({ kind: 'REASSIGN', leadId, input });
  }

  pauseSla(leadId: string, input: PauseSlaInput): Promise<LeadActionResult> {
    return this.record({ kind: 'PAUSE_SLA', leadId, input });
  }

  resumeSla(leadId: string, input: { actorId: string }): Promise<LeadActionResult> {
    return this.record({ kind: 'RESUME_SLA', leadId, input });
  }

  reviewPipeline(leadId: string, input: ReviewPipelineInput): Promise<LeadActionResult> {
    return this.record({ kind: 'REVIEW_PIPELINE', leadId, input });
  }

  private async record(request: LifecycleRequest): Promise<LeadActionResult> {
    this.requests.push(request);

    return this.onRequest(request);
  }
}
