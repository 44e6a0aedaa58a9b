import { NotificationEntity } from '@accord/db';
import { IsNull, type DataSource } from 'typeorm';

import type { Caller } from '../auth/caller';
import { isUuid } from '../auth/is-uuid';
import { AccordError } from '../errors/accord-error';

/** Maximum number of ids one `markNotificationsRead` call takes. */
export const MAX_MARK_READ_IDS = 500;

/** Lists the caller's own notifications and marks them read. No call reads or changes another user's notifications. */
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Returns the caller's notifications, newest first, at most `first`. */
  async list(caller: Caller, options: { unreadOnly: boolean; first: number }): Promise<NotificationEntity[]> {
    return this.dataSource.getRepository(NotificationEntity).find({
      where: { recipientId: caller.id, ...(options.unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: options.first,
    });
  }

  /**
   * Marks the caller's unread notifications among `ids` read and returns how many changed. Ids of
   * other users' notifications, unknown ids and notifications already read are left alone.
   */
  async markRead(caller: Caller, ids: readonly string[]): Promise<number> {
    if (ids.length > MAX_MARK_READ_IDS) {
      throw AccordError.badUserInput([
        { field: 'ids', value: ids.length, message: `ids has ${ids.length} entries, more than ${MAX_MARK_READ_IDS}; send them in batches` },
      ]);
    }
    const invalid = ids.find((id) => !isUuid(id));
    if (invalid !== undefined) {
      throw AccordError.badUserInput([
        { field: 'ids', value: invalid, message: `ids contains "${invalid}", which is not a notification id (UUID)` },
      ]);
    }
    if (ids.length === 0) {
      return 0;
    }

    const result = await this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: this.now() })
      .where('id IN (:...ids) AND recipient_id = :recipientId AND read_at IS NULL', { ids: [...ids], recipientId: caller.id })
      .execute();

    return result.affected ?? 0;
  }
}
