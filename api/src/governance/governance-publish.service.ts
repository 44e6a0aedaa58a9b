import {
  AuditAction,
  GovernancePublishInProgressError,
  GovernanceStatus,
  GovernanceVersionEntity,
  GovernanceVersionStateError,
  publishGovernanceVersion,
  tryLockGovernancePublish,
  type PublishedVersionChange,
} from '@accord/db';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';

import type { Caller } from '../auth/caller';
import { AuditTargetType, recordAudit } from '../audit/record-audit';
import { AccordError } from '../errors/accord-error';
import { describeErrorForLog } from '../errors/log-internal-errors';
import type { LeadLifecycleGateway } from '../lead/lead-lifecycle.gateway';
import { findModelProblems, toFieldProblems } from './find-model-problems';
import { loadGovernanceFacts } from './governance-facts';
import type { GovernanceVersionRecord } from './governance.service';
import { lockGovernanceVersion, requireGovernanceStatus } from './lock-governance-version';
import { signalOpenLeads } from './signal-open-leads';

const PUBLISH_IN_PROGRESS_MESSAGE = 'Another governance version is being published; try again when that publish has finished.';

/**
 * Publishes a reviewed governance version. One transaction holds the publish lock, checks the model
 * again, flips the statuses and writes the audit entries. Every open lead's lifecycle is signalled
 * only after the commit, so no lifecycle loads a version that is not committed yet.
 */
export class GovernancePublishService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: LeadLifecycleGateway,
    private readonly logger: Logger,
  ) {}

  async publish(actor: Caller, version: number): Promise<GovernanceVersionRecord> {
    const change = await this.dataSource.transaction((manager) => this.publishInTransaction(manager, actor, version));
    this.logger.info({ userId: actor.id, version, retiredVersion: change.retiredVersion }, 'Governance version published.');

    // NOTE: the mutation returns after every open lead was signalled, SIGNAL_CONCURRENCY at a time, so
    // with many open leads the response waits for open leads / SIGNAL_CONCURRENCY signal round trips.
    try {
      await signalOpenLeads(this.dataSource, this.lifecycle, version, this.logger);
    } catch (error) {
      // The version is committed, so the publish succeeded even when the open leads could not be listed.
      this.logger.error(
        { version, err: describeErrorForLog(error) },
        'Signalling the open leads about the published governance version failed.',
      );
    }

    return this.dataSource.getRepository(GovernanceVersionEntity).findOneByOrFail({ version });
  }

  private async publishInTransaction(manager: EntityManager, actor: Caller, version: number): Promise<PublishedVersionChange> {
    if (!(await tryLockGovernancePublish(manager))) {
      throw AccordError.conflict(PUBLISH_IN_PROGRESS_MESSAGE);
    }

    const row = await lockGovernanceVersion(manager, version);
    requireGovernanceStatus(row, [GovernanceStatus.InReview], 'published');

    const problems = findModelProblems(row.model, await loadGovernanceFacts(manager));
    if (problems.length > 0) {
      throw AccordError.badUserInput(
        toFieldProblems(problems),
        `Governance version ${version} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; return it to draft, fix them and submit again.`,
      );
    }

    const change = await publishOrConflict(manager, version, actor.id);
    await recordAudit(manager, {
      action: AuditAction.Published,
      actorId: actor.id,
      targetType: AuditTargetType.GovernanceVersion,
      targetId: String(version),
      before: { status: GovernanceStatus.InReview },
      after: { status: GovernanceStatus.Published, publishedAt: change.publishedAt.toISOString(), replacedVersion: change.retiredVersion },
      summary:
        change.retiredVersion === null
          ? `Published governance version ${version}.`
          : `Published governance version ${version}, replacing version ${change.retiredVersion}.`,
    });
    if (change.retiredVersion !== null) {
      await recordAudit(manager, {
        action: AuditAction.Retired,
        actorId: actor.id,
        targetType: AuditTargetType.GovernanceVersion,
        targetId: String(change.retiredVersion),
        before: { status: GovernanceStatus.Published },
        after: { status: GovernanceStatus.Retired, replacedBy: version },
        summary: `Retired governance version ${change.retiredVersion} because version ${version} was published.`,
      });
    }

    return change;
  }
}

/** Runs the database publish and turns its lock and status failures into CONFLICT. */
async function publishOrConflict(manager: EntityManager, version: number, actorId: string): Promise<PublishedVersionChange> {
  try {
    return await publishGovernanceVersion(manager, version, actorId);
  } catch (error) {
    if (error instanceof GovernancePublishInProgressError) {
      throw AccordError.conflict(PUBLISH_IN_PROGRESS_MESSAGE);
    }
    if (error instanceof GovernanceVersionStateError) {
      throw AccordError.conflict(error.message);
    }

    throw error;
  }
}
