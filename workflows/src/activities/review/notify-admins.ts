import { NotificationEntity, UserEntity } from '@accord/db';
import { Role } from '@accord/governance';
import type { DataSource } from 'typeorm';

/** Notification kind of a compiled monthly review. */
export const GOVERNANCE_REVIEW_COMPILED = 'GOVERNANCE_REVIEW_COMPILED';

/**
 * Notifies every active admin that the review of `month` is ready, once per admin and month: the
 * idempotency key names both, so a retried activity or a repeated run adds no second notification.
 * Returns how many notifications this call added.
 */
export async function notifyAdminsOfReview(dataSource: DataSource, input: { month: string; now: Date }): Promise<number> {
  const admins = await dataSource.getRepository(UserEntity).find({ where: { role: Role.Admin, active: true }, select: { id: true } });
  const monthName = new Date(`${input.month}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  let added = 0;

  for (const admin of admins) {
    const inserted = await dataSource
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({
        recipientId: admin.id,
        leadId: null,
        kind: GOVERNANCE_REVIEW_COMPILED,
        message: `The governance review of ${monthName} is ready for sign-off on the Monthly review page of the admin portal.`,
        createdAt: input.now,
        readAt: null,
        idempotencyKey: `governance-review:${input.month}:${admin.id}`,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    added += (inserted.raw as unknown[]).length;
  }

  return added;
}
