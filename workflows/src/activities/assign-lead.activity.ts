import type { DataSource, EntityManager } from 'typeorm';
import { addBusinessSeconds, selectSlaCalendar, selectSlaPolicy, type GovernanceModel, type Motion } from '@accord/governance';
import {
  AuditAction,
  AuditEntryEntity,
  LeadEntity,
  loadVersion,
  NotificationEntity,
  SlaEventEntity,
  SlaEventKind,
  SlaState,
} from '@accord/db';
import type { AssignLeadInput, AssignLeadResult, RunningSla } from './activity-types';
import { chooseOwner, type OwnerChoice } from './choose-owner';
import { runningSlaOf, teamManagerId } from './running-sla';

async function insertOnce<T extends object>(manager: EntityManager, entity: new () => T, values: Partial<T>): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(values as never)
    .orIgnore()
    .execute();
}

async function storedResult(manager: EntityManager, leadId: string, model: GovernanceModel): Promise<AssignLeadResult> {
  const lead = await manager.findOneOrFail(LeadEntity, { where: { id: leadId } });

  return {
    ownerId: lead.ownerId,
    sla: runningSlaOf(lead, await teamManagerId(manager, lead.teamId), model),
    escalationCount: lead.escalationCount,
  };
}

/** Routing that found no eligible pool member is recorded in the audit log with where the lead went. */
async function recordFallback(manager: EntityManager, lead: LeadEntity, choice: OwnerChoice, now: Date): Promise<void> {
  const fallback = choice.trace.find((entry) => entry.step === 'FALLBACK');
  const after: Record<string, unknown> = { pool: choice.poolKey, ownerId: choice.owner?.id ?? null, teamId: choice.team?.id ?? null };
  await manager.save(
    manager.create(AuditEntryEntity, {
      action: AuditAction.RoutingFallback,
      actorId: null,
      targetType: 'LEAD',
      targetId: lead.id,
      before: null,
      after,
      summary: `Routing fallback for lead ${lead.id} in pool ${choice.poolKey ?? 'none'}: ${fallback?.outcome ?? ''}`,
      occurredAt: now,
    }),
  );
}

function reassignmentDetail(input: AssignLeadInput): string {
  if (input.mode === 'MANUAL') {
    return `reassigned by a manager: ${input.manual?.reason ?? ''}`;
  }

  return input.mode === 'MANAGER' ? 'reassigned to the team manager' : 'reassigned to the next rep of the pool';
}

/**
 * Gives the lead an owner and arms the SLA of `slaStage` on the owner's business calendar, in one
 * transaction. The ARMED event's unique key makes a retried attempt return the stored result
 * instead of taking a second rotation ticket.
 */
export async function assignLeadWith(dataSource: DataSource, input: AssignLeadInput): Promise<AssignLeadResult> {
  const armedKey = `${input.idempotencyKey}:armed`;
  const now = new Date(input.now);

  return dataSource.transaction(async (manager) => {
    const lead = await manager.findOneOrFail(LeadEntity, { where: { id: input.leadId }, lock: { mode: 'pessimistic_write' } });
    const governance = await loadVersion(manager, input.governanceVersion);
    if (governance === null) {
      throw new Error(`governance version ${input.governanceVersion} does not exist`);
    }
    if ((await manager.count(SlaEventEntity, { where: { idempotencyKey: armedKey } })) > 0) {
      return storedResult(manager, input.leadId, governance.model);
    }
    const choice = await chooseOwner(manager, lead, governance.model, input.mode, now, input.manual);
    const reassigns = input.mode === 'NEXT_IN_POOL' || input.mode === 'MANAGER' || input.mode === 'MANUAL';
    const escalationCount = lead.escalationCount + (input.mode === 'NEXT_IN_POOL' || input.mode === 'MANAGER' ? 1 : 0);
    if (choice.trace.some((entry) => entry.step === 'FALLBACK')) {
      await recordFallback(manager, lead, choice, now);
    }
    if (choice.owner === null) {
      await manager.update(
        LeadEntity,
        { id: lead.id },
        {
          routingTrace: [...lead.routingTrace, ...choice.trace],
          escalationCount,
          teamId: choice.team?.id ?? lead.teamId,
          routingPool: choice.poolKey ?? lead.routingPool,
          routedAt: lead.routedAt ?? now,
        },
      );

      return { ownerId: lead.ownerId, sla: null, escalationCount };
    }

    const policy = input.slaStage === null ? null : selectSlaPolicy(governance.model, input.slaStage, lead.motion as Motion);
    const calendar =
      policy === null ? null : selectSlaCalendar(governance.model, policy, choice.owner.calendar, choice.team?.calendar ?? null);
    const sla: RunningSla | null =
      input.slaStage === null || policy === null || calendar === null
        ? null
        : {
            stage: input.slaStage,
            ownerId: choice.owner.id,
            managerId: choice.team?.managerId ?? null,
            startedAt: now.toISOString(),
            warnAt: addBusinessSeconds(now.toISOString(), Math.floor((policy.targetSeconds * policy.warnPercent) / 100), calendar),
            dueAt: addBusinessSeconds(now.toISOString(), policy.targetSeconds, calendar),
            calendar,
            escalation: policy.escalation,
          };

    await manager.update(
      LeadEntity,
      { id: lead.id },
      {
        ownerId: choice.owner.id,
        teamId: choice.team?.id ?? lead.teamId,
        routingPool: choice.poolKey ?? lead.routingPool,
        routingTrace: [...lead.routingTrace, ...choice.trace],
        routedAt: lead.routedAt ?? now,
        assignedAt: now,
        escalationCount,
        slaState: sla === null ? SlaState.None : SlaState.OnTrack,
        slaStage: sla === null ? null : input.slaStage,
        slaCalendar: calendar,
        slaStartedAt: sla === null ? null : now,
        slaWarnAt: sla?.warnAt ? new Date(sla.warnAt) : null,
        slaDueAt: sla === null ? null : new Date(sla.dueAt),
      },
    );
    if (reassigns) {
      await insertOnce(manager, SlaEventEntity, {
        leadId: lead.id,
        stage: input.slaStage ?? lead.stage,
        kind: SlaEventKind.Reassigned,
        ownerId: choice.owner.id,
        dueAt: sla === null ? null : new Date(sla.dueAt),
        occurredAt: now,
        detail: reassignmentDetail(input),
        idempotencyKey: `${input.idempotencyKey}:reassigned`,
      });
    }
    await insertOnce(manager, SlaEventEntity, {
      leadId: lead.id,
      stage: input.slaStage ?? lead.stage,
      kind: SlaEventKind.Armed,
      ownerId: choice.owner.id,
      dueAt: sla === null ? null : new Date(sla.dueAt),
      occurredAt: now,
      detail: sla === null ? 'owner assigned; this stage runs no SLA' : `SLA armed for ${choice.owner.name}`,
      idempotencyKey: armedKey,
    });
    if (input.mode === 'KEEP_OWNER') {
      return { ownerId: choice.owner.id, sla, escalationCount };
    }
    await insertOnce(manager, NotificationEntity, {
      recipientId: choice.owner.id,
      leadId: lead.id,
      kind: 'LEAD_ASSIGNED',
      message: sla === null ? 'A lead was assigned to you.' : `A lead was assigned to you; accept or reject it by ${sla.dueAt}.`,
      createdAt: now,
      readAt: null,
      idempotencyKey: `${input.idempotencyKey}:notify-owner`,
    });

    return { ownerId: choice.owner.id, sla, escalationCount };
  });
}
