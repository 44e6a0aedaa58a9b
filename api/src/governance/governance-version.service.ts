import { GovernanceVersionEntity } from '@accord/db';
import { diffGovernanceModels } from '@accord/governance';
import type { DataSource } from 'typeorm';

import { AccordError } from '../errors/accord-error';
import { OPEN_LEAD_STAGES, loadGovernanceFacts, type GovernanceFacts } from './governance-facts';
import type { GovernanceDiffEntry, ReasonCodeUsage } from './governance-lifecycle.types';
import type { GovernanceVersionRecord } from './governance.service';
import { loadUserNames } from './load-user-names';

/** Reads governance versions of every status, compares them and reports how reason codes are used. */
export class GovernanceVersionService {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns every version, newest first. */
  async list(): Promise<GovernanceVersionRecord[]> {
    return this.dataSource.getRepository(GovernanceVersionEntity).find({ order: { version: 'DESC' } });
  }

  /** Returns one version, or throws NOT_FOUND. */
  async find(version: number): Promise<GovernanceVersionRecord> {
    const row = await this.dataSource.getRepository(GovernanceVersionEntity).findOneBy({ version });
    if (row === null) {
      throw AccordError.notFound('Governance version', String(version));
    }

    return row;
  }

  loadFacts(): Promise<GovernanceFacts> {
    return loadGovernanceFacts(this.dataSource.manager);
  }

  /** Lists the changes from version `from` to version `to`, naming routing pool members by their user names. */
  async diff(from: number, to: number): Promise<GovernanceDiffEntry[]> {
    const before = await this.find(from);
    const after = await this.find(to);

    return diffGovernanceModels(before.model, after.model, await loadUserNames(this.dataSource.manager));
  }

  /** Returns each code of the reason-code catalogue with the open leads and the transitions that use it, by code. */
  async reasonCodeUsage(): Promise<ReasonCodeUsage[]> {
    const rows: { code: string; label: string; active: boolean; lead_count: number; transition_count: number }[] =
      await this.dataSource.query(
        `SELECT catalogue.code, catalogue.label, catalogue.active,
                COALESCE(leads.count, 0)::int AS lead_count,
                COALESCE(transitions.count, 0)::int AS transition_count
           FROM reason_codes catalogue
           LEFT JOIN (SELECT reason_code, count(*) AS count FROM leads
                       WHERE stage = ANY($1::text[]) AND reason_code IS NOT NULL GROUP BY reason_code) leads
                  ON leads.reason_code = catalogue.code
           LEFT JOIN (SELECT reason_code, count(*) AS count FROM stage_transitions
                       WHERE reason_code IS NOT NULL GROUP BY reason_code) transitions
                  ON transitions.reason_code = catalogue.code
          ORDER BY catalogue.code`,
        [OPEN_LEAD_STAGES],
      );

    return rows.map((row) => ({
      code: row.code,
      label: row.label,
      active: row.active,
      leadCount: row.lead_count,
      transitionCount: row.transition_count,
    }));
  }
}
