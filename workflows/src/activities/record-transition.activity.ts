import type { DataSource, EntityManager } from 'typeorm';
import { EXIT_STAGES, slaStageWhileIn, Stage } from '@accord/governance';
import { ActorKind, LeadEntity, responseTimesAt, SlaEventEntity, SlaEventKind, SlaState, StageTransitionEntity } from '@accord/db';
import type { RecordTransitionInput } from './activity-types';

export interface RecordTransitionResult {
  /** False when a previous attempt already wrote this transition. */
  written: boolean;
}

function leadChangesFor(input: RecordTransitionInput, lead: LeadEntity, occurredAt: Date): Partial<LeadEntity> {
  const changes: Partial<LeadEntity> = { stage: input.toStage, governanceVersion: input.governanceVersion };
  // The clock stops when the new stage runs another stage's SLA; the next clock is armed afterwards.
  const closesSla = lead.slaStage !== null && lead.slaStage !== slaStageWhileIn(input.toStage);
  if (closesSla) {
    Object.assign(changes, {
      slaState: SlaState.None,
      slaStage: null,
      slaCalendar: null,
      slaStartedAt: null,
      slaWarnAt: null,
      slaDueAt: null,
    });
  }
  if (input.toStage === Stage.Sal) {
    changes.acceptedAt = occurredAt;
  }
  if (EXIT_STAGES.includes(input.toStage)) {
    changes.reasonCode = input.reasonCode;
    changes.closedAt = occurredAt;
  }

  return changes;
}

async function closeRunningSla(manager: EntityManager, lead: LeadEntity, input: RecordTransitionInput, occurredAt: Date): Promise<void> {
  if (lead.slaDueAt === null || lead.slaState === SlaState.None || lead.slaState === SlaState.Met) {
    return;
  }

  const met = lead.slaDueAt.getTime() >= occurredAt.getTime() && lead.slaState !== SlaState.Breached;
  if (!met && lead.slaState !== SlaState.Breached) {
    // The deadline passed while nothing recorded it (for example the worker was down), so the
    // breach is recorded now, at the deadline, before the clock closes.
    await manager
      .createQueryBuilder()
      .insert()
      .into(SlaEventEntity)
      .values({
        leadId: lead.id,
        stage: lead.slaStage ?? lead.stage,
        kind: SlaEventKind.Breached,
        ownerId: lead.ownerId,
        dueAt: lead.slaDueAt,
        occurredAt: lead.slaDueAt,
        detail: 'SLA deadline passed; recorded when the lead was acted on after it',
        idempotencyKey: `${input.idempotencyKey}:sla-breached-late`,
      })
      .orIgnore()
      .execute();
  }
  await manager
    .createQueryBuilder()
    .insert()
    .into(SlaEventEntity)
    .values({
      leadId: lead.id,
      stage: lead.slaStage ?? lead.stage,
      kind: met ? SlaEventKind.Met : SlaEventKind.Cancelled,
      ownerId: lead.ownerId,
      dueAt: lead.slaDueAt,
      occurredAt,
      detail: met ? `${lead.stage} → ${input.toStage} before the deadline` : `${lead.stage} → ${input.toStage} after the deadline`,
      idempotencyKey: `${input.idempotencyKey}:sla-closed`,
    })
    .orIgnore()
    .execute();
}

/**
 * Writes one stage transition and moves the lead to its new stage in one transaction. The unique
 * idempotency key makes a retried attempt a no-op, so each transition is written exactly once.
 */
export async function recordTransitionWith(dataSource: DataSource, input: RecordTransitionInput): Promise<RecordTransitionResult> {
  const occurredAt = new Date(input.occurredAt);

  return dataSource.transaction(async (manager) => {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(StageTransitionEntity)
      .values({
        leadId: input.leadId,
        fromStage: input.fromStage,
        toStage: input.toStage,
        actorKind: input.actorKind === 'USER' ? ActorKind.User : ActorKind.System,
        actorId: input.actorId,
        reasonCode: input.reasonCode,
        note: input.note,
        governanceVersion: input.governanceVersion,
        occurredAt,
        idempotencyKey: input.idempotencyKey,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (inserted.raw.length === 0) {
      return { written: false };
    }

    const lead = await manager.findOneOrFail(LeadEntity, { where: { id: input.leadId }, lock: { mode: 'pessimistic_write' } });
    if (lead.slaStage !== slaStageWhileIn(input.toStage)) {
      await closeRunningSla(manager, lead, input, occurredAt);
    }
    const changes = leadChangesFor(input, lead, occurredAt);
    if (input.actorKind === 'USER' && lead.firstTouchAt === null) {
      Object.assign(changes, { firstTouchAt: occurredAt }, await responseTimesAt(manager, lead, occurredAt));
    }
    await manager.update(LeadEntity, { id: input.leadId }, changes);

    return { written: true };
  });
}
