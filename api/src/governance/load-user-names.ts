import { UserEntity } from '@accord/db';
import type { EntityManager } from 'typeorm';

/** Returns every user's display name by user id, for diffs that name routing pool members. */
export async function loadUserNames(manager: EntityManager): Promise<Record<string, string>> {
  const users = await manager.find(UserEntity, { select: { id: true, name: true } });

  return Object.fromEntries(users.map((user) => [user.id, user.name]));
}
