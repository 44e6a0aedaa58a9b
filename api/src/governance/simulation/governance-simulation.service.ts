import { performance } from 'node:perf_hooks';

import { simulateGovernance, validateGovernanceModel } from '@accord/governance';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import { AccordError } from '../../errors/accord-error';
import { toFieldProblems } from '../find-model-problems';
import type { GovernanceService } from '../governance.service';
import type { GovernanceVersionService } from '../governance-version.service';
import { loadSimulationLeads, loadSimulationMembers } from './load-simulation-leads';
import type { SimulationResult } from './simulation.types';

/** Replays the leads of a past period through a governance version and the published one. */
export class GovernanceSimulationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly governance: GovernanceService,
    private readonly versions: GovernanceVersionService,
    private readonly logger: Logger,
  ) {}

  /**
   * Simulates `version` against the published version over the leads that arrived in the last `days`
   * days. A model with problems is rejected as BAD_USER_INPUT, because its rules cannot be replayed.
   */
  async simulate(version: number, days: number): Promise<SimulationResult> {
    const started = performance.now();
    const draft = await this.versions.find(version);
    const problems = validateGovernanceModel(draft.model);
    if (problems.length > 0) {
      throw AccordError.badUserInput(
        toFieldProblems(problems),
        `Governance version ${version} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix them before simulating it.`,
      );
    }
    const baseline = await this.governance.getPublished();

    const leads = await loadSimulationLeads(this.dataSource, days);
    const members = await loadSimulationMembers(this.dataSource);
    const loadedMs = performance.now() - started;

    const result = simulateGovernance({ baseline: baseline.model, draft: draft.model, leads, members });
    const elapsedMs = Math.round(performance.now() - started);
    this.logger.info(
      { version, baselineVersion: baseline.version, days, leadCount: leads.length, loadMs: Math.round(loadedMs), elapsedMs },
      'Governance simulation finished.',
    );

    return { version, baselineVersion: baseline.version, days, elapsedMs, ...result };
  }
}
