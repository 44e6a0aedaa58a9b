import { ApplicationFailure } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import type { Stage } from '@accord/governance';
import { LeadEntity, loadVersion, leadEntityToAttributes } from '@accord/db';
import type { LifecycleContext } from './activity-types';
import { runningSlaOf, teamManagerId } from './running-sla';

/**
 * Reads the lead, the governance version it runs under and any SLA already running. A lead that is
 * missing is a non-retryable failure: its lifecycle has nothing to govern.
 */
export async function loadLifecycleContextWith(
  dataSource: DataSource,
  leadId: string,
  governanceVersion: number | null,
): Promise<LifecycleContext> {
  const lead = await dataSource.manager.findOne(LeadEntity, { where: { id: leadId } });
  if (lead === null) {
    throw ApplicationFailure.nonRetryable(`lead ${leadId} does not exist`, 'LeadNotFound');
  }

  const version = governanceVersion ?? lead.governanceVersion;
  const governance = await loadVersion(dataSource.manager, version);
  if (governance === null) {
    throw ApplicationFailure.nonRetryable(`governance version ${version} does not exist`, 'GovernanceVersionNotFound');
  }

  return {
    leadId,
    stage: lead.stage as Stage,
    ownerId: lead.ownerId,
    lead: leadEntityToAttributes(lead),
    governance,
    runningSla: runningSlaOf(lead, await teamManagerId(dataSource.manager, lead.teamId), governance.model),
    escalationCount: lead.escalationCount,
  };
}
