import type { EntityManager } from 'typeorm';
import type { GovernanceModel, GovernanceVersionSnapshot } from '@accord/governance';
import { GovernanceStatus, GovernanceVersionEntity, ReasonCodeEntity, RoutingPoolStateEntity } from '../entities';

/**
 * Publishes a governance model as a new version inside the caller's transaction: the previous
 * published version is retired, the reason-code catalogue learns every code the model defines, and
 * each routing pool gets its rotation row. A table lock makes concurrent publishes run one at a time.
 */
export async function publishGovernanceVersion(
  manager: EntityManager,
  model: GovernanceModel,
  actorId: string | null,
): Promise<GovernanceVersionSnapshot> {
  await manager.query('LOCK TABLE governance_versions IN SHARE ROW EXCLUSIVE MODE');

  const rows: { next: number }[] = await manager.query(
    'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM governance_versions',
  );
  const version = rows[0]?.next ?? 1;

  await manager.update(GovernanceVersionEntity, { status: GovernanceStatus.Published }, { status: GovernanceStatus.Retired });
  await manager.insert(GovernanceVersionEntity, {
    version,
    status: GovernanceStatus.Published,
    model,
    createdBy: actorId,
    publishedBy: actorId,
    publishedAt: new Date(),
  });

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
  if (model.routingPools.length > 0) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(RoutingPoolStateEntity)
      .values(model.routingPools.map((pool) => ({ key: pool.key, rotation: '0' })))
      .orIgnore()
      .execute();
  }

  return { version, model };
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
