import type { LeadActionInput, LeadActionName, LeadActionResult } from '@accord/workflows';

import type { LeadLifecycleGateway, LifecycleSignalResult } from '../lead/lead-lifecycle.gateway';

/** A lifecycle gateway that records calls instead of reaching Temporal; hooks let a test fail or inspect them. */
export class RecordingLifecycle implements LeadLifecycleGateway {
  readonly started: string[] = [];
  readonly actions: { leadId: string; action: LeadActionName; input: LeadActionInput }[] = [];
  readonly governanceSignals: { leadId: string; version: number }[] = [];

  onStart: (leadId: string) => Promise<void> = async () => undefined;
  onExecute: (leadId: string, action: LeadActionName, input: LeadActionInput) => Promise<LeadActionResult> = async () => {
    throw new Error('RecordingLifecycle.onExecute is not set for this test');
  };
  onGovernanceSignal: (leadId: string, version: number) => Promise<LifecycleSignalResult> = async () => 'SIGNALLED';

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
}
