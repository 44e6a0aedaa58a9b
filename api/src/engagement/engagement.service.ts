import { EngagementEventEntity, EngagementSource } from '@accord/db';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import type { Caller } from '../auth/caller';
import { mayRecordEngagement } from '../auth/may-record-engagement';
import { AccordError, AccordErrorCode } from '../errors/accord-error';
import { describeErrorForLog } from '../errors/log-internal-errors';
import type { GovernanceService } from '../governance/governance.service';
import type { LeadLifecycleGateway } from '../lead/lead-lifecycle.gateway';
import type { LeadQueryService } from '../lead/lead-query.service';
import { checkEngagementRequest, type EngagementRequest } from './check-engagement-request';

/**
 * Stores engagement events and hands each to the lead's lifecycle, which rescores the lead and, while
 * the lead is at LEAD, checks the MQL entry criteria again. A closed lead keeps the event and does not move.
 */
export class EngagementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leads: LeadQueryService,
    private readonly governance: GovernanceService,
    private readonly lifecycle: LeadLifecycleGateway,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Records one event. A retry with the same idempotency key stores nothing new, returns the stored
   * event and signals the lifecycle again, so a retry after a failed signal completes the delivery.
   */
  async record(caller: Caller, request: EngagementRequest): Promise<EngagementEventEntity> {
    return (await this.recordOrReturn(caller, request)).event;
  }

  /** Records the event as `record` does, and reports whether this call stored the event or found it under its idempotency key. */
  async recordOrReturn(caller: Caller, request: EngagementRequest): Promise<{ event: EngagementEventEntity; stored: boolean }> {
    if (!mayRecordEngagement(caller)) {
      throw AccordError.forbidden('Only admins, marketing ops and partners (on their own leads) can record engagement events.');
    }

    const lead = await this.leads.findVisible(caller, request.leadId);
    const { model } = await this.governance.getPublished();
    const problems = checkEngagementRequest(request, model.scoring, this.now());
    if (problems.length > 0) {
      throw AccordError.badUserInput(problems);
    }

    const { event, stored } = await this.store(caller, { ...request, leadId: lead.id });
    await this.signal(event, caller.id);

    return { event, stored };
  }

  private async store(caller: Caller, request: EngagementRequest): Promise<{ event: EngagementEventEntity; stored: boolean }> {
    const repository = this.dataSource.getRepository(EngagementEventEntity);
    const inserted = await repository
      .createQueryBuilder()
      .insert()
      .values({
        leadId: request.leadId,
        event: request.event,
        occurredAt: request.occurredAt,
        source: EngagementSource.User,
        recordedBy: caller.id,
        idempotencyKey: request.idempotencyKey,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const insertedId = (inserted.raw as { id: string }[])[0]?.id;

    const event = await repository.findOneOrFail({ where: { idempotencyKey: request.idempotencyKey } });
    if (insertedId === undefined && (event.leadId !== request.leadId || event.event !== request.event)) {
      throw AccordError.conflict(
        `idempotencyKey "${request.idempotencyKey}" was already used for another event; send a new key for a new event`,
        [{ field: 'idempotencyKey', value: request.idempotencyKey, message: 'this key belongs to an event of another lead or name' }],
      );
    }
    this.logger.info(
      { leadId: request.leadId, eventId: event.id, event: event.event, userId: caller.id, duplicate: insertedId === undefined },
      insertedId === undefined ? 'Engagement event was already stored under this idempotency key.' : 'Engagement event stored.',
    );

    return { event, stored: insertedId !== undefined };
  }

  private async signal(event: EngagementEventEntity, userId: string): Promise<void> {
    try {
      const result = await this.lifecycle.signalEngagementRecorded(event.leadId, {
        eventId: event.id,
        occurredAt: event.occurredAt.toISOString(),
      });
      if (result === 'NOT_RUNNING') {
        this.logger.info({ leadId: event.leadId, eventId: event.id }, 'Engagement event stored for a lead without a running lifecycle; it is not rescored.');
      }
    } catch (error) {
      this.logger.error({ err: describeErrorForLog(error), leadId: event.leadId, eventId: event.id, userId }, 'Engagement signal failed.');

      throw new AccordError(
        AccordErrorCode.ServiceUnavailable,
        'The event was stored, but the lead’s lifecycle could not be told about it. Send it again with the same idempotencyKey to retry.',
      );
    }
  }
}
