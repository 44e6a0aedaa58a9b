import type { DataSource } from 'typeorm';
import { addBusinessSeconds, selectSlaPolicy, type Motion } from '@accord/governance';
import { LeadEntity, loadVersion, SlaEventEntity, SlaEventKind, SlaState } from '@accord/db';
import type { ArmUnownedSlaInput, RunningSla } from './activity-types';

/**
 * Arms the clock of a stage that nobody owns yet (the Lead stage's enrichment SLA) on the calendar its
 * policy names, in one transaction. Returns null when the stage's policy runs no clock. The ARMED
 * event's unique key makes a retried attempt return the stored clock.
 */
export async function armUnownedSlaWith(dataSource: DataSource, input: ArmUnownedSlaInput): Promise<RunningSla | null> {
  const armedKey = `${input.idempotencyKey}:armed`;
  const now = new Date(input.now);

  return dataSource.transaction(async (manager) => {
    const lead = await manager.findOneOrFail(LeadEntity, { where: { id: input.leadId }, lock: { mode: 'pessimistic_write' } });
    const governance = await loadVersion(manager, input.governanceVersion);
    const policy = governance === null ? null : selectSlaPolicy(governance.model, input.slaStage, lead.motion as Motion);
    const calendar = policy === null ? null : (governance?.model.calendars[policy.calendarKey] ?? null);
    if (policy === null || calendar === null) {
      return null;
    }

    // The clock counts from arrival, so a lead imported hours after it arrived is already that far in.
    const startedAt = lead.arrivedAt.toISOString();
    const sla: RunningSla = {
      stage: input.slaStage,
      ownerId: null,
      managerId: null,
      startedAt,
      warnAt: addBusinessSeconds(startedAt, Math.floor((policy.targetSeconds * policy.warnPercent) / 100), calendar),
      dueAt: addBusinessSeconds(startedAt, policy.targetSeconds, calendar),
      calendar,
      escalation: policy.escalation,
    };
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(SlaEventEntity)
      .values({
        leadId: lead.id,
        stage: input.slaStage,
        kind: SlaEventKind.Armed,
        ownerId: null,
        dueAt: new Date(sla.dueAt),
        occurredAt: now,
        detail: `SLA armed for the ${input.slaStage} stage, before anyone owns the lead`,
        idempotencyKey: armedKey,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (inserted.raw.length > 0) {
      await manager.update(
        LeadEntity,
        { id: lead.id },
        {
          slaState: SlaState.OnTrack,
          slaStage: input.slaStage,
          slaCalendar: calendar,
          slaStartedAt: new Date(sla.startedAt),
          slaWarnAt: sla.warnAt === null ? null : new Date(sla.warnAt),
          slaDueAt: new Date(sla.dueAt),
        },
      );
    }

    return sla;
  });
}
