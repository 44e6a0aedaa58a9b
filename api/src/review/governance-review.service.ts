import { AuditAction, GovernanceReviewEntity, GovernanceReviewStatus } from '@accord/db';
import { checkMonth } from '@accord/governance';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import type { AuditLogService } from '../audit/audit-log.service';
import { AuditTargetType, recordAudit } from '../audit/record-audit';
import type { Caller } from '../auth/caller';
import { isUuid } from '../auth/is-uuid';
import { AccordError, AccordErrorCode } from '../errors/accord-error';
import { describeErrorForLog } from '../errors/log-internal-errors';
import type { GovernanceReviewGateway } from './governance-review.gateway';
import { MAX_SIGN_OFF_COMMENT_LENGTH } from './governance-review.types';

/** Reads, signs off and runs monthly governance reviews. Role checks happen in the resolver. */
/** The earliest month a review may cover; earlier months cannot hold leads and their month arithmetic leaves year 1. */
const EARLIEST_REVIEW_MONTH = '2000-01';

export class GovernanceReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gateway: GovernanceReviewGateway,
    private readonly auditLog: AuditLogService,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Returns every stored review, newest month first. There is one per month, so the list stays short. */
  list(): Promise<GovernanceReviewEntity[]> {
    return this.dataSource.getRepository(GovernanceReviewEntity).find({ order: { month: 'DESC' } });
  }

  /** Throws NOT_FOUND when no review has the id, and BAD_USER_INPUT when it is not a UUID. */
  async get(id: string): Promise<GovernanceReviewEntity> {
    this.checkId(id);
    const review = await this.dataSource.getRepository(GovernanceReviewEntity).findOneBy({ id });
    if (review === null) {
      throw AccordError.notFound('Governance review', id);
    }

    return review;
  }

  /**
   * Signs a COMPILED review off with the caller's comment and writes the audit entry in the same
   * transaction. A review that is already signed off is a CONFLICT and stays as it was.
   */
  async signOff(caller: Caller, id: string, rawComment: string): Promise<GovernanceReviewEntity> {
    this.checkId(id);
    const comment = rawComment.trim();
    // A comment of only invisible characters (such as U+200B, which trim() keeps) is empty to a reader.
    const visible = comment.replace(/[\s\p{Cf}]/gu, '');
    if (visible.length === 0 || comment.length > MAX_SIGN_OFF_COMMENT_LENGTH) {
      throw AccordError.badUserInput([
        {
          field: 'comment',
          value: comment.length,
          message:
            visible.length === 0
              ? `comment has ${comment.length} characters after trimming and none is visible; write 1 to ${MAX_SIGN_OFF_COMMENT_LENGTH} characters on what the review concluded`
              : `comment has ${comment.length} characters after trimming; write 1 to ${MAX_SIGN_OFF_COMMENT_LENGTH} characters on what the review concluded`,
        },
      ]);
    }

    const review = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(GovernanceReviewEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (current === null) {
        throw AccordError.notFound('Governance review', id);
      }
      if (current.status === GovernanceReviewStatus.SignedOff) {
        throw AccordError.conflict(
          `The governance review of ${current.month} was already signed off at ${current.signedOffAt?.toISOString() ?? 'an earlier time'}; a review is signed off once.`,
        );
      }

      const signedOffAt = this.now();
      await manager.update(
        GovernanceReviewEntity,
        { id },
        { status: GovernanceReviewStatus.SignedOff, signedOffBy: caller.id, signedOffAt, signOffComment: comment },
      );
      await recordAudit(manager, {
        action: AuditAction.GovernanceReviewSignedOff,
        actorId: caller.id,
        targetType: AuditTargetType.GovernanceReview,
        targetId: id,
        before: { status: current.status },
        after: { status: GovernanceReviewStatus.SignedOff, month: current.month, signOffComment: comment },
        summary: `Signed off the governance review of ${current.month}.`,
      });

      return manager.findOneByOrFail(GovernanceReviewEntity, { id });
    });
    this.logger.info({ reviewId: id, month: review.month, userId: caller.id }, 'Governance review signed off.');

    return review;
  }

  /**
   * Runs the review workflow for `month` now and returns its outcome with the stored review, or a
   * null outcome when the run is still going. The month must be a past or the current month.
   */
  async run(
    caller: Caller,
    month: string,
  ): Promise<{ workflowId: string; month: string; outcome: string | null; review: GovernanceReviewEntity | null }> {
    this.checkMonth(month);

    const run = await this.startRun(month, caller);
    await this.auditLog.recordAfterChange({
      action: AuditAction.GovernanceReviewRequested,
      actorId: caller.id,
      targetType: AuditTargetType.GovernanceReview,
      targetId: month,
      before: null,
      after: { month, workflowId: run.workflowId, outcome: run.result?.outcome ?? null },
      summary: `Requested the governance review of ${month}.`,
    });
    this.logger.info({ month, workflowId: run.workflowId, outcome: run.result?.outcome ?? null, userId: caller.id }, 'Governance review run requested.');

    const review = await this.dataSource.getRepository(GovernanceReviewEntity).findOneBy({ month });

    return { workflowId: run.workflowId, month, outcome: run.result?.outcome ?? null, review };
  }

  private async startRun(month: string, caller: Caller): Promise<Awaited<ReturnType<GovernanceReviewGateway['run']>>> {
    try {
      return await this.gateway.run(month, caller.id);
    } catch (error) {
      if (error instanceof AccordError) {
        throw error;
      }
      this.logger.error({ err: describeErrorForLog(error), month, userId: caller.id }, 'Governance review run could not be started.');
      throw new AccordError(AccordErrorCode.ServiceUnavailable, `The review of ${month} could not be started because Temporal did not respond; retry later.`);
    }
  }

  private checkId(id: string): void {
    if (!isUuid(id)) {
      throw AccordError.badUserInput([{ field: 'id', value: id, message: `id "${id}" is not a governance review id (UUID)` }]);
    }
  }

  private checkMonth(month: string): void {
    try {
      checkMonth(month);
    } catch {
      throw AccordError.badUserInput([{ field: 'month', value: month, message: `month "${month}" is not a month in YYYY-MM; pass a value such as 2026-11` }]);
    }
    if (month < EARLIEST_REVIEW_MONTH) {
      throw AccordError.badUserInput([
        { field: 'month', value: month, message: `month "${month}" is before ${EARLIEST_REVIEW_MONTH}; pass a month in which Accord held leads` },
      ]);
    }
    const current = this.now().toISOString().slice(0, 7);
    if (month > current) {
      throw AccordError.badUserInput([
        { field: 'month', value: month, message: `month "${month}" is in the future; pass ${current} or an earlier month` },
      ]);
    }
  }
}
