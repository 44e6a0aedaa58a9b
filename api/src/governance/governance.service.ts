import { GovernanceStatus, GovernanceVersionEntity, NoPublishedVersionError, ReasonCodeEntity } from '@accord/db';
import type { GovernanceModel } from '@accord/governance';
import type { DataSource } from 'typeorm';

/** A stored governance version as the API reads it. */
export type GovernanceVersionRecord = Pick<
  GovernanceVersionEntity,
  'version' | 'status' | 'model' | 'createdAt' | 'createdBy' | 'publishedAt' | 'publishedBy' | 'basedOn'
>;

export type PublishedGovernance = GovernanceVersionRecord;

/**
 * Reads governance versions. Models of published and retired versions are cached by version
 * number because a published version is never updated. Drafts are read fresh every time.
 */
export class GovernanceService {
  private readonly models = new Map<number, GovernanceModel>();

  constructor(private readonly dataSource: DataSource) {}

  /** Returns the one PUBLISHED version, or throws `NoPublishedVersionError` when there is none. */
  async getPublished(): Promise<PublishedGovernance> {
    const row = await this.dataSource
      .getRepository(GovernanceVersionEntity)
      .findOne({ where: { status: GovernanceStatus.Published } });
    if (row === null) {
      throw new NoPublishedVersionError();
    }

    this.models.set(row.version, row.model);

    return row;
  }

  /** Returns the model of a version that leads refer to, or throws when the row is missing. */
  async getModel(version: number): Promise<GovernanceModel> {
    const cached = this.models.get(version);
    if (cached !== undefined) {
      return cached;
    }

    const row = await this.dataSource.getRepository(GovernanceVersionEntity).findOne({ where: { version } });
    if (row === null) {
      throw new Error(`governance version ${version} is missing from governance_versions, although a lead refers to it`);
    }
    if (row.status === GovernanceStatus.Published || row.status === GovernanceStatus.Retired) {
      this.models.set(version, row.model);
    }

    return row.model;
  }

  /** Returns every reason code any version defined, retired ones included, ordered by code. */
  async listCatalogue(): Promise<ReasonCodeEntity[]> {
    return this.dataSource.getRepository(ReasonCodeEntity).find({ order: { code: 'ASC' } });
  }
}
