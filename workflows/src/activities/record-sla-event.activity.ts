import type { DataSource } from 'typeorm';
import { LeadEntity, NotificationEntity, SlaEventEntity, SlaEventKind, SlaState } from '@accord/db';
import type { RecordSlaEventInput } from './activity-types';

const LEAD_STATE_AFTER: Partial<Record<RecordSlaEventInput['kind'], SlaState>> = {
  WARNING: SlaState.Warning,
  BREACHED: SlaState.Breached,
};

/**
 * Records an SLA event (warning, breach, escalation step) with its notifications, once: the event's
 * unique key turns a retried attempt into a no-op, so nobody is notified twice.
 */
export async function recordSlaEventWith(dataSource: DataSource, input: RecordSlaEventInput): Promise<{ written: boolean }> {
  const occurredAt = new Date(input.occurredAt);

  return dataSource.transaction(async (manager) => {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(SlaEventEntity)
      .values({
        leadId: input.leadId,
        stage: input.stage,
        kind: input.kind as SlaEventKind,
        ownerId: input.ownerId,
        dueAt: input.dueAt === null ? null : new Date(input.dueAt),
        occurredAt,
        detail: input.detail,
        idempotencyKey: input.idempotencyKey,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    if (inserted.raw.length === 0) {
      return { written: false };
    }

    const nextState = input.slaState ?? LEAD_STATE_AFTER[input.kind];
    const changes: Partial<LeadEntity> = nextState === undefined ? {} : { slaState: nextState as SlaState };
    if (input.slaTimes !== undefined) {
      changes.slaDueAt = new Date(input.slaTimes.dueAt);
      changes.slaWarnAt = input.slaTimes.warnAt === null ? null : new Date(input.slaTimes.warnAt);
    }
    if (Object.keys(changes).length > 0) {
      await manager.update(LeadEntity, { id: input.leadId }, changes);
    }
    for (const [index, notification] of input.notify.entries()) {
      await manager.insert(NotificationEntity, {
        recipientId: notification.recipientId,
        leadId: input.leadId,
        kind: notification.kind,
        message: notification.message,
        createdAt: occurredAt,
        readAt: null,
        idempotencyKey: `${input.idempotencyKey}:notify-${index}`,
      });
    }

    return { written: true };
  });
}
