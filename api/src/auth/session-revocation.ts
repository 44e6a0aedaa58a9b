import { AuthSessionEntity, type SessionRevokedReason } from '@accord/db';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';

/**
 * Revokes every session of a user that is still open, inside the caller's transaction, and returns
 * the ids of the revoked sessions. Their access tokens stop working at the next request.
 */
export async function revokeUserSessions(
  manager: EntityManager,
  userId: string,
  reason: SessionRevokedReason,
  now: Date,
): Promise<string[]> {
  const result = await manager
    .createQueryBuilder()
    .update(AuthSessionEntity)
    .set({ revokedAt: now, revokedReason: reason })
    .where({ userId, revokedAt: IsNull(), expiresAt: MoreThan(now) })
    .returning(['id'])
    .execute();
  const rows = result.raw as { id: string }[];

  return rows.map((row) => row.id);
}
