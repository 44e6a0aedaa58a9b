import type { EntityManager } from 'typeorm';
import type { GovernanceModel, GovernanceVersionSnapshot } from '@accord/governance';
import { GovernanceStatus, GovernanceVersionEntity, ReasonCodeEntity, RoutingPoolStateEntity } from '../entities';

/**
 * Key of the transaction-level advisory lock that every publish holds, so at most one publish runs at
 * a time, whichever version it publishes. The value is the ASCII text `accord:p` read as a 64-bit integer.
 */
export const GOVERNANCE_PUBLISH_LOCK_KEY = '7017561974685055600';

/** Another transaction holds the publish lock. */
export class GovernancePublishInProgressError extends Error {
  override name = 'GovernancePublishInProgressError';

  constructor() {
    super('Another governance version is being published; try again when that publish has finished.');
  }
}

/** The version to publish does not exist or is not IN_REVIEW. */
export class GovernanceVersionStateError extends Error {
  override name = 'GovernanceVersionStateError';

  constructor(
    readonly version: number,
    readonly status: GovernanceStatus | null,
  ) {
    super(
      status === null
        ? `governance version ${version} does not exist`
        : `governance version ${version} is ${status}; only a version IN_REVIEW can be published`,
    );
  }
}

export interface NewGovernanceVersion {
  model: GovernanceModel;
  status: GovernanceStatus.Draft | GovernanceStatus.InReview;
  createdBy: string | null;
  basedOn: number | null;
}

export interface PublishedVersionChange extends GovernanceVersionSnapshot {
  publishedAt: Date;
  /** The version that was PUBLISHED before and is now RETIRED; null when none was. */
  retiredVersion: number | null;
}

function requireTransaction(manager: EntityManager, operation: string): void {
  if (manager.queryRunner?.isTransactionActive !== true) {
    throw new Error(`${operation} must run inside a transaction, because its locks last until the transaction ends`);
  }
}

/**
 * Tries to take the publish lock for the rest of the caller's transaction and returns whether it
 * did. The lock is re-entrant: a transaction that holds it gets true again.
 */
export async function tryLockGovernancePublish(manager: EntityManager): Promise<boolean> {
  requireTransaction(manager, 'tryLockGovernancePublish');
  const rows: { locked: boolean }[] = await manager.query('SELECT pg_try_advisory_xact_lock($1::bigint) AS locked', [
    GOVERNANCE_PUBLISH_LOCK_KEY,
  ]);

  return rows[0]?.locked === true;
}

/**
 * Inserts a version with the next free number inside the caller's transaction and returns the
 * number. A table lock makes concurrent inserts take numbers one after the other.
 */
export async function insertGovernanceVersion(manager: EntityManager, draft: NewGovernanceVersion): Promise<number> {
  requireTransaction(manager, 'insertGovernanceVersion');
  await manager.query('LOCK TABLE governance_versions IN SHARE ROW EXCLUSIVE MODE');

  const rows: { next: number }[] = await manager.query('SELECT COALESCE(MAX(version), 0) + 1 AS next FROM governance_versions');
  const version = rows[0]?.next ?? 1;

  await manager.insert(GovernanceVersionEntity, {
    version,
    status: draft.status,
    model: draft.model,
    createdBy: draft.createdBy,
    basedOn: draft.basedOn,
    publishedBy: null,
    publishedAt: null,
  });

  return version;
}

/**
 * Publishes a reviewed version inside the caller's transaction: the version goes from IN_REVIEW to
 * PUBLISHED, the previous PUBLISHED version becomes RETIRED, the reason-code catalogue learns every
 * code of the model and marks the codes the model no longer defines as inactive, and each routing
 * pool gets its rotation row. Throws `GovernancePublishInProgressError` while another transaction
 * publishes, and `GovernanceVersionStateError` unless the version is IN_REVIEW.
 */
export async function publishGovernanceVersion(
  manager: EntityManager,
  version: number,
  actorId: string | null,
): Promise<PublishedVersionChange> {
  if (!(await tryLockGovernancePublish(manager))) {
    throw new GovernancePublishInProgressError();
  }

  const row = await manager.findOne(GovernanceVersionEntity, { where: { version }, lock: { mode: 'pessimistic_write' } });
  if (row === null || row.status !== GovernanceStatus.InReview) {
    throw new GovernanceVersionStateError(version, row?.status ?? null);
  }

  const previous = await manager.findOne(GovernanceVersionEntity, {
    where: { status: GovernanceStatus.Published },
    lock: { mode: 'pessimistic_write' },
  });
  if (previous !== null) {
    await manager.update(GovernanceVersionEntity, { version: previous.version }, { status: GovernanceStatus.Retired });
  }

  const publishedAt = new Date();
  await manager.update(GovernanceVersionEntity, { version }, { status: GovernanceStatus.Published, publishedBy: actorId, publishedAt });

  await updateReasonCodeCatalogue(manager, row.model);
  await addRoutingPools(manager, row.model);

  return { version, model: row.model, publishedAt, retiredVersion: previous?.version ?? null };
}

async function updateReasonCodeCatalogue(manager: EntityManager, model: GovernanceModel): Promise<void> {
  const codes = model.reasonCodes.map((reason) => reason.code);
  if (codes.length > 0) {
    await manager.upsert(
      ReasonCodeEntity,
      model.reasonCodes.map((reason) => ({
        code: reason.code,
        label: reason.label,
        kinds: reason.kinds,
        noteRequired: reason.noteRequired,
        active: reason.active,
      })),
      ['code'],
    );
  }

  // A code that the new model dropped stays in the catalogue so old transitions keep their label.
  await manager.query('UPDATE reason_codes SET active = false, updated_at = now() WHERE active AND NOT (code = ANY($1::text[]))', [codes]);
}

async function addRoutingPools(manager: EntityManager, model: GovernanceModel): Promise<void> {
  if (model.routingPools.length === 0) {
    return;
  }

  await manager
    .createQueryBuilder()
    .insert()
    .into(RoutingPoolStateEntity)
    .values(model.routingPools.map((pool) => ({ key: pool.key, rotation: '0' })))
    .orIgnore()
    .execute();
}

export class NoPublishedVersionError extends Error {
  override name = 'NoPublishedVersionError';

  constructor() {
    super('No governance version is published; run the seed (npm start does) or publish a version first.');
  }
}

export async function loadPublishedVersion(manager: EntityManager): Promise<GovernanceVersionSnapshot> {
  const row = await manager.findOne(GovernanceVersionEntity, { where: { status: GovernanceStatus.Published } });
  if (row === null) {
    throw new NoPublishedVersionError();
  }

  return { version: row.version, model: row.model };
}

export async function loadVersion(manager: EntityManager, version: number): Promise<GovernanceVersionSnapshot | null> {
  const row = await manager.findOne(GovernanceVersionEntity, { where: { version } });

  return row === null ? null : { version: row.version, model: row.model };
}
