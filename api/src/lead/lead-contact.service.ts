import { ContactAttemptEntity, LeadEntity, LeadNoteEntity, responseTimesAt, type ContactChannel, type ContactOutcome } from '@accord/db';
import { checkLeadText } from '@accord/governance';
import type { Logger } from 'pino';
import { In, type DataSource, type EntityManager } from 'typeorm';

import type { Caller } from '../auth/caller';
import { mayActOnLeads } from '../auth/lead-visibility';
import { AccordError } from '../errors/accord-error';
import { checkNoteBody } from './check-note-body';
import { groupByLead } from './group-by-lead';
import type { LeadQueryService } from './lead-query.service';
import { toContactAttempt, toLeadNote, type ContactAttempt, type LeadNote } from './lead-work.types';
import { trimToNull } from './trim-to-null';

export interface ContactAttemptRequest {
  channel: ContactChannel;
  outcome: ContactOutcome;
  note?: string | null;
}

/** Stores the contact attempts and notes users log on a lead, and reads them back in batches. */
export class LeadContactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leads: LeadQueryService,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Stores a contact attempt. The first attempt on a lead without a first touch sets it, with the
   * speed to lead and SLA response times, in the same transaction. The conditional UPDATE keeps the
   * earliest touch when two attempts or a stage action race.
   */
  async logContactAttempt(caller: Caller, leadId: string, request: ContactAttemptRequest): Promise<LeadEntity> {
    if (!mayActOnLeads(caller)) {
      throw AccordError.forbidden('Partners and marketing ops can read leads but not log contact attempts.');
    }

    const lead = await this.leads.findVisible(caller, leadId);
    const note = trimToNull(request.note);
    const problems = checkLeadText('note', note);
    if (problems.length > 0) {
      throw AccordError.badUserInput(problems);
    }

    const occurredAt = this.now();
    const firstTouch = await this.dataSource.transaction(async (manager) => {
      await manager.insert(ContactAttemptEntity, {
        leadId: lead.id,
        actorId: caller.id,
        channel: request.channel,
        outcome: request.outcome,
        note,
        occurredAt,
      });

      return setFirstTouchOnce(manager, lead.id, occurredAt);
    });
    this.logger.info({ leadId: lead.id, userId: caller.id, channel: request.channel, firstTouch }, 'Contact attempt logged.');

    return this.reload(lead.id);
  }

  /** Stores a note of 1 to 2,000 characters after trimming. */
  async addNote(caller: Caller, leadId: string, body: string): Promise<LeadEntity> {
    if (!mayActOnLeads(caller)) {
      throw AccordError.forbidden('Partners and marketing ops can read leads but not add notes.');
    }

    const lead = await this.leads.findVisible(caller, leadId);
    const trimmed = body.trim();
    const problems = checkNoteBody(trimmed);
    if (problems.length > 0) {
      throw AccordError.badUserInput(problems);
    }

    await this.dataSource
      .getRepository(LeadNoteEntity)
      .insert({ leadId: lead.id, actorId: caller.id, body: trimmed, createdAt: this.now() });
    this.logger.info({ leadId: lead.id, userId: caller.id }, 'Lead note added.');

    return this.reload(lead.id);
  }

  /** Returns each lead's contact attempts, oldest first. */
  async listContactAttempts(leadIds: readonly string[]): Promise<Map<string, ContactAttempt[]>> {
    const rows = await this.dataSource
      .getRepository(ContactAttemptEntity)
      .find({ where: { leadId: In([...leadIds]) }, order: { occurredAt: 'ASC', id: 'ASC' } });

    return groupByLead(rows, toContactAttempt);
  }

  /** Returns each lead's notes, oldest first. */
  async listNotes(leadIds: readonly string[]): Promise<Map<string, LeadNote[]>> {
    const rows = await this.dataSource
      .getRepository(LeadNoteEntity)
      .find({ where: { leadId: In([...leadIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });

    return groupByLead(rows, toLeadNote);
  }

  private async reload(leadId: string): Promise<LeadEntity> {
    const lead = await this.leads.findById(leadId);
    if (lead === null) {
      throw AccordError.notFound('Lead', leadId);
    }

    return lead;
  }
}

/** Sets the lead's first touch and response times unless a first touch is stored; returns whether this call set it. */
async function setFirstTouchOnce(manager: EntityManager, leadId: string, touchedAt: Date): Promise<boolean> {
  const lead = await manager.findOneOrFail(LeadEntity, { where: { id: leadId } });
  if (lead.firstTouchAt !== null) {
    return false;
  }

  const times = await responseTimesAt(manager, lead, touchedAt);
  const result = await manager
    .createQueryBuilder()
    .update(LeadEntity)
    .set({ firstTouchAt: touchedAt, ...times })
    .where('id = :leadId AND first_touch_at IS NULL', { leadId })
    .execute();

  return (result.affected ?? 0) > 0;
}
