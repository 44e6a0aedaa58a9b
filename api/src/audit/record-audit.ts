import { AuditEntryEntity, type AuditAction } from '@accord/db';
import type { EntityManager } from 'typeorm';

/** Kinds of record an audit entry names in `targetType`. */
export enum AuditTargetType {
  GovernanceVersion = 'GOVERNANCE_VERSION',
  Team = 'TEAM',
  User = 'USER',
  Lead = 'LEAD',
  ImportJob = 'IMPORT_JOB',
  /** A sign-in session; the target id is the session id. */
  Session = 'SESSION',
  ApiKey = 'API_KEY',
  GovernanceReview = 'GOVERNANCE_REVIEW',
}

export interface AuditEntryInput {
  action: AuditAction;
  actorId: string | null;
  targetType: AuditTargetType;
  targetId: string;
  /** The changed fields before the change; null when the record did not exist. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** One sentence for people, such as `Published governance version 3 and retired version 2.` */
  summary: string;
}

/**
 * Writes one audit entry with the manager of the change's own transaction, so the entry is stored
 * exactly when the change is committed.
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntryInput): Promise<void> {
  if (manager.queryRunner?.isTransactionActive !== true) {
    throw new Error(`recordAudit(${entry.action}) must run inside the transaction of the change it records`);
  }

  await manager.save(manager.create(AuditEntryEntity, { ...entry, occurredAt: new Date() }));
}
