import { AuditAction, GovernanceStatus, GovernanceVersionEntity, insertGovernanceVersion } from '@accord/db';
import { diffGovernanceModels, type GovernanceModel } from '@accord/governance';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';

import type { Caller } from '../auth/caller';
import { AuditTargetType, recordAudit } from '../audit/record-audit';
import { AccordError } from '../errors/accord-error';
import { findModelProblems, toFieldProblems } from './find-model-problems';
import { loadGovernanceFacts } from './governance-facts';
import type { GovernanceVersionRecord } from './governance.service';
import { loadUserNames } from './load-user-names';
import { lockGovernanceVersion, requireGovernanceStatus } from './lock-governance-version';
import { checkGovernanceModelShape, hasGovernanceModelShape } from './shape/governance-model.shape';

/** A change applied to the published model as a draft is created, with the audit entry that records it. */
export interface DraftChange {
  /** Returns the draft's model; throws an AccordError to reject the change. */
  apply(published: GovernanceModel): GovernanceModel;
  action: AuditAction;
  /** One sentence for the audit log, given the new draft's version and the published version. */
  summarize(version: number, basedOn: number): string;
  /** Extra fields for the audit entry's `after`, such as the proposal applied. */
  details: Record<string, unknown>;
}

/**
 * Creates and edits governance drafts and moves them between DRAFT, IN_REVIEW and RETIRED. Each
 * change runs in one transaction with its audit entry; publishing is `GovernancePublishService`'s job.
 */
export class GovernanceDraftService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  /**
   * Copies the published model into a new DRAFT version that records the version it is based on.
   * With `change`, the draft contains the changed model and the audit entry records the change.
   */
  async create(actor: Caller, change?: DraftChange): Promise<GovernanceVersionRecord> {
    const version = await this.dataSource.transaction(async (manager) => {
      const published = await manager.findOne(GovernanceVersionEntity, { where: { status: GovernanceStatus.Published } });
      if (published === null) {
        throw AccordError.conflict('No governance version is published, so there is no model to copy into a draft.');
      }

      const created = await insertGovernanceVersion(manager, {
        model: change === undefined ? published.model : change.apply(published.model),
        status: GovernanceStatus.Draft,
        createdBy: actor.id,
        basedOn: published.version,
      });
      await recordAudit(manager, {
        action: change?.action ?? AuditAction.DraftCreated,
        actorId: actor.id,
        targetType: AuditTargetType.GovernanceVersion,
        targetId: String(created),
        before: null,
        after: { status: GovernanceStatus.Draft, basedOn: published.version, ...change?.details },
        summary:
          change?.summarize(created, published.version) ?? `Created governance draft ${created} from published version ${published.version}.`,
      });

      return created;
    });
    this.logger.info({ userId: actor.id, version }, 'Governance draft created.');

    return this.reload(version);
  }

  /**
   * Replaces the model of a DRAFT. A value without the model's form is rejected as BAD_USER_INPUT that
   * names the path of each mismatch. A well-formed model is stored even when its rules have problems.
   */
  async update(actor: Caller, version: number, model: unknown): Promise<GovernanceVersionRecord> {
    if (!hasGovernanceModelShape(model)) {
      const problems = toFieldProblems(checkGovernanceModelShape(model));
      throw AccordError.badUserInput(
        problems,
        `The model is not a governance model: ${problems.map((problem) => problem.message).join('; ')}.`,
      );
    }

    await this.dataSource.transaction(async (manager) => {
      const row = await lockGovernanceVersion(manager, version);
      requireGovernanceStatus(row, [GovernanceStatus.Draft], 'edited');

      const changes = diffGovernanceModels(row.model, model, await loadUserNames(manager));
      await manager.update(GovernanceVersionEntity, { version }, { model });
      await recordAudit(manager, {
        action: AuditAction.DraftUpdated,
        actorId: actor.id,
        targetType: AuditTargetType.GovernanceVersion,
        targetId: String(version),
        before: Object.fromEntries(changes.map((change) => [change.path, change.before])),
        after: Object.fromEntries(changes.map((change) => [change.path, change.after])),
        summary: `Saved governance draft ${version} with ${changes.length} change${changes.length === 1 ? '' : 's'}.`,
      });
    });

    return this.reload(version);
  }

  /**
   * Moves a DRAFT to IN_REVIEW. A model with problems, checked against the users and the reason codes
   * of open leads in the database, is rejected as BAD_USER_INPUT that lists every problem.
   */
  async submit(actor: Caller, version: number): Promise<GovernanceVersionRecord> {
    await this.dataSource.transaction(async (manager) => {
      const row = await lockGovernanceVersion(manager, version);
      requireGovernanceStatus(row, [GovernanceStatus.Draft], 'submitted for review');

      const problems = findModelProblems(row.model, await loadGovernanceFacts(manager));
      if (problems.length > 0) {
        throw AccordError.badUserInput(
          toFieldProblems(problems),
          `Governance draft ${version} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix them and submit again.`,
        );
      }

      await this.changeStatus(manager, actor, row, GovernanceStatus.InReview, {
        action: AuditAction.SubmittedForReview,
        summary: `Submitted governance draft ${version} for review.`,
      });
    });

    return this.reload(version);
  }

  /** Moves a version IN_REVIEW back to DRAFT, so it can be edited again. */
  async returnToDraft(actor: Caller, version: number): Promise<GovernanceVersionRecord> {
    await this.dataSource.transaction(async (manager) => {
      const row = await lockGovernanceVersion(manager, version);
      requireGovernanceStatus(row, [GovernanceStatus.InReview], 'returned to draft');

      await this.changeStatus(manager, actor, row, GovernanceStatus.Draft, {
        action: AuditAction.ReturnedToDraft,
        summary: `Returned governance version ${version} from review to draft.`,
      });
    });

    return this.reload(version);
  }

  /** Discards a DRAFT or a version IN_REVIEW. The published version is retired only by publishing another. */
  async retire(actor: Caller, version: number): Promise<GovernanceVersionRecord> {
    await this.dataSource.transaction(async (manager) => {
      const row = await lockGovernanceVersion(manager, version);
      if (row.status === GovernanceStatus.Published) {
        throw AccordError.conflict(
          `Governance version ${version} is PUBLISHED and cannot be retired directly; publish another version to replace it.`,
        );
      }
      requireGovernanceStatus(row, [GovernanceStatus.Draft, GovernanceStatus.InReview], 'retired');

      await this.changeStatus(manager, actor, row, GovernanceStatus.Retired, {
        action: AuditAction.Retired,
        summary: `Discarded governance version ${version}, which was ${row.status}.`,
      });
    });

    return this.reload(version);
  }

  private async changeStatus(
    manager: EntityManager,
    actor: Caller,
    row: GovernanceVersionEntity,
    status: GovernanceStatus,
    audit: { action: AuditAction; summary: string },
  ): Promise<void> {
    await manager.update(GovernanceVersionEntity, { version: row.version }, { status });
    await recordAudit(manager, {
      action: audit.action,
      actorId: actor.id,
      targetType: AuditTargetType.GovernanceVersion,
      targetId: String(row.version),
      before: { status: row.status },
      after: { status },
      summary: audit.summary,
    });
    this.logger.info({ userId: actor.id, version: row.version, from: row.status, to: status }, 'Governance version status changed.');
  }

  private async reload(version: number): Promise<GovernanceVersionRecord> {
    return this.dataSource.getRepository(GovernanceVersionEntity).findOneByOrFail({ version });
  }
}
