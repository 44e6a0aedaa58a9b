import { GovernanceStatus, GovernanceVersionEntity } from '@accord/db';
import type { EntityManager } from 'typeorm';

import { AccordError } from '../errors/accord-error';

/**
 * Reads a version and locks its row until the transaction ends, so a concurrent change of the same
 * version waits and then sees the new status. Throws NOT_FOUND when the version does not exist.
 */
export async function lockGovernanceVersion(manager: EntityManager, version: number): Promise<GovernanceVersionEntity> {
  const row = await manager.findOne(GovernanceVersionEntity, { where: { version }, lock: { mode: 'pessimistic_write' } });
  if (row === null) {
    throw AccordError.notFound('Governance version', String(version));
  }

  return row;
}

/** Throws CONFLICT unless the version is in one of the `allowed` statuses; `action` completes "only a … can be". */
export function requireGovernanceStatus(row: GovernanceVersionEntity, allowed: readonly GovernanceStatus[], action: string): void {
  if (allowed.includes(row.status)) {
    return;
  }

  throw AccordError.conflict(
    `Governance version ${row.version} is ${row.status}; only a version that is ${allowed.join(' or ')} can be ${action}.`,
  );
}
