import { condition, log, workflowInfo } from '@temporalio/workflow';
import { slaStageWhileIn, type GovernanceModel, type Stage } from '@accord/governance';
import type { AssignLeadInput, AssignmentMode, RecordSlaEventInput } from '../activities/activity-types';
import type { LeadLifecycleStatus } from '../shared';
import { activities } from './lifecycle-activities';
import type { LifecycleState } from './lifecycle-state';

export type SlaEventRequest = Omit<RecordSlaEventInput, 'leadId' | 'idempotencyKey' | 'occurredAt'>;

/**
 * The mutable side of one lifecycle run: its state, the flags that order handlers against the main
 * loop, and the steps that write through activities. Only one write runs at a time (`busy`).
 */
export class LifecycleRuntime {
  state!: LifecycleState;
  loaded: boolean;
  busy = false;
  /** Set by the data-changed signal; the main loop reloads the lead's attributes. */
  dataChanged = false;
  /** Set by the governance-published signal; the main loop loads that version for the next stage. */
  pendingVersion: number | null = null;
  /** The latest `occurredAt` of engagement signals not yet scored; the main loop rescores the lead once for them. */
  pendingEngagementAt: string | null = null;
  /** Count of engagement signals received by this run, so a rescoring can tell whether another arrived while it ran. */
  engagementSignalCount = 0;

  constructor(
    readonly leadId: string,
    carried: LifecycleState | undefined,
  ) {
    this.loaded = carried !== undefined;
    if (carried !== undefined) {
      this.state = carried;
    }
  }

  /** True while a signal is waiting for the main loop. */
  hasPendingSignal(): boolean {
    return this.pendingVersion !== null || this.dataChanged || this.pendingEngagementAt !== null;
  }

  /** The model the next stage is entered under: a newly published version, else the current one. */
  modelForNextStage(): GovernanceModel {
    return (this.state.nextGovernance ?? this.state.governance).model;
  }

  /** Unique per activity call of this run, so a retried attempt writes once. */
  nextKey(label: string): string {
    return `${workflowInfo().runId}:${this.state.sequence++}:${label}`;
  }

  /**
   * Waits until the state is loaded, no other write runs, and every signal that arrived before this
   * request is applied. A newly published version applies to the stage the request enters, and lead
   * data changed just before (for example a filled-in required field) is what the request is checked against.
   */
  async readyForRequest(): Promise<void> {
    await condition(() => this.loaded && !this.busy && !this.hasPendingSignal());
  }

  async exclusive<T>(step: () => Promise<T>): Promise<T> {
    this.busy = true;
    try {
      return await step();
    } finally {
      this.busy = false;
    }
  }

  async enterStage(
    to: Stage,
    actor: { kind: 'USER' | 'SYSTEM'; id: string | null },
    reasonCode: string | null,
    note: string | null,
  ): Promise<void> {
    const state = this.state;
    const from = state.stage;
    if (state.nextGovernance !== null) {
      state.governance = state.nextGovernance;
      state.nextGovernance = null;
    }
    await activities.recordTransition({
      leadId: state.leadId,
      fromStage: from,
      toStage: to,
      actorKind: actor.kind,
      actorId: actor.id,
      reasonCode,
      note,
      governanceVersion: state.governance.version,
      occurredAt: new Date().toISOString(),
      idempotencyKey: this.nextKey(`${from}-${to}`),
    });
    state.stage = to;
    if (state.sla !== null && state.sla.stage !== slaStageWhileIn(to)) {
      state.sla = null;
      state.warned = false;
      state.breachedAt = null;
      state.paused = null;
    }
    log.info('Lead moved to a new stage.', { leadId: state.leadId, from, to });
  }

  async assign(mode: AssignmentMode, slaStage: Stage | null, manual?: AssignLeadInput['manual']): Promise<void> {
    await this.exclusive(async () => {
      const state = this.state;
      const result = await activities.assignLead({
        leadId: state.leadId,
        mode,
        slaStage,
        manual,
        governanceVersion: state.governance.version,
        now: new Date().toISOString(),
        idempotencyKey: this.nextKey(`assign-${mode}`),
      });
      state.sla = result.sla;
      // Results recorded before ownerId existed carry the owner only inside the SLA.
      state.ownerId = result.ownerId ?? result.sla?.ownerId ?? state.ownerId;
      state.escalationCount = result.escalationCount;
      state.warned = false;
      state.breachedAt = null;
      state.paused = null;
    });
  }

  /** Arms the clock of a stage that has no owner yet. A stage whose policy runs no clock leaves `sla` null. */
  async armUnownedSla(slaStage: Stage): Promise<void> {
    await this.exclusive(async () => {
      const state = this.state;
      state.sla = await activities.armUnownedSla({
        leadId: state.leadId,
        slaStage,
        governanceVersion: state.governance.version,
        now: new Date().toISOString(),
        idempotencyKey: this.nextKey(`arm-${slaStage}`),
      });
      state.warned = false;
      state.breachedAt = null;
      state.paused = null;
    });
  }

  async recordSlaEvent(event: SlaEventRequest): Promise<void> {
    await activities.recordSlaEvent({
      ...event,
      leadId: this.state.leadId,
      occurredAt: new Date().toISOString(),
      idempotencyKey: this.nextKey(event.kind.toLowerCase()),
    });
  }

  status(): LeadLifecycleStatus {
    const state = this.state;
    let slaState: LeadLifecycleStatus['slaState'] = 'ON_TRACK';
    if (state.sla === null) {
      slaState = 'NONE';
    } else if (state.paused) {
      slaState = 'PAUSED';
    } else if (state.breachedAt !== null) {
      slaState = 'BREACHED';
    } else if (state.warned) {
      slaState = 'WARNING';
    }

    return {
      leadId: state.leadId,
      stage: state.stage,
      ownerId: state.ownerId,
      governanceVersion: state.governance.version,
      slaDueAt: state.sla?.dueAt ?? null,
      slaState,
      escalationCount: state.escalationCount,
    };
  }
}
