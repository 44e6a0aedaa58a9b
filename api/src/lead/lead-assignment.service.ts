import { AuditAction, UserEntity, type LeadEntity } from '@accord/db';
import { Role, checkLeadText } from '@accord/governance';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import type { Caller } from '../auth/caller';
import { mayActOnLeads } from '../auth/lead-visibility';
import { AuditTargetType, recordAudit, type AuditEntryInput } from '../audit/record-audit';
import { AccordError } from '../errors/accord-error';
import { checkReassignReason, checkReassignTarget } from './check-reassignment';
import type { LeadLifecycleGateway } from './lead-lifecycle.gateway';
import type { LeadQueryService } from './lead-query.service';
import { sendLifecycleRequest } from './send-lifecycle-request';
import { trimToNull } from './trim-to-null';

/**
 * Sends the requests that change who works a lead and when its clock runs (reassignment, SLA pause
 * and resume, pipeline review) to the lead's lifecycle, which applies them. Each one it applied is
 * audited, except a pipeline review, which is rep work like a note.
 */
export class LeadAssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leads: LeadQueryService,
    private readonly lifecycle: LeadLifecycleGateway,
    private readonly logger: Logger,
  ) {}

  /** Gives an open lead to another user of its team. Only a manager of the lead's team or an admin may do so. */
  async reassign(caller: Caller, leadId: string, request: { toUserId: string; reason: string }): Promise<LeadEntity> {
    if (caller.role !== Role.Manager && caller.role !== Role.Admin) {
      throw AccordError.forbidden('Only a manager of the lead’s team or an admin can reassign a lead.');
    }

    // Visibility limits a manager to the leads of their own team, so a visible lead belongs to that team.
    const lead = await this.leads.findVisible(caller, leadId);
    const reason = request.reason.trim();
    const problems = [...checkReassignReason(reason), ...(await checkReassignTarget(this.dataSource.manager, lead, request.toUserId))];
    if (problems.length > 0) {
      throw AccordError.badUserInput(problems);
    }

    const context = { leadId: lead.id, userId: caller.id, request: 'REASSIGN' };
    await sendLifecycleRequest(this.logger, context, () =>
      this.lifecycle.reassign(lead.id, { actorId: caller.id, toUserId: request.toUserId, reason }),
    );
    await this.audit({
      action: AuditAction.LeadReassigned,
      actorId: caller.id,
      targetType: AuditTargetType.Lead,
      targetId: lead.id,
      before: { ownerId: lead.ownerId },
      after: { ownerId: request.toUserId, reason },
      summary: `Reassigned the lead from ${lead.company ?? 'an unnamed company'} to ${await this.userName(request.toUserId)}: ${reason}`,
    });

    return this.reload(lead.id);
  }

  private async userName(userId: string): Promise<string> {
    const user = await this.dataSource.manager.findOne(UserEntity, { where: { id: userId } });

    return user?.name ?? `user ${userId}`;
  }

  /** Pauses the lead's running SLA clock; the lifecycle rejects a reason its policy does not allow. */
  async pauseSla(caller: Caller, leadId: string, reason: string): Promise<LeadEntity> {
    if (!mayActOnLeads(caller)) {
      throw AccordError.forbidden('Partners and marketing ops can read leads but not pause their SLA clocks.');
    }

    const lead = await this.leads.findVisible(caller, leadId);
    const trimmed = reason.trim();
    const context = { leadId: lead.id, userId: caller.id, request: 'PAUSE_SLA' };
    await sendLifecycleRequest(this.logger, context, () => this.lifecycle.pauseSla(lead.id, { actorId: caller.id, reason: trimmed }));
    const paused = await this.reload(lead.id);
    await this.audit({
      action: AuditAction.SlaPaused,
      actorId: caller.id,
      targetType: AuditTargetType.Lead,
      targetId: lead.id,
      before: { slaState: lead.slaState },
      after: { slaState: paused.slaState, reason: trimmed },
      summary: `Paused the SLA clock of lead ${lead.id}: ${trimmed}`,
    });

    return paused;
  }

  /** Restarts the lead's paused SLA clock. */
  async resumeSla(caller: Caller, leadId: string): Promise<LeadEntity> {
    if (!mayActOnLeads(caller)) {
      throw AccordError.forbidden('Partners and marketing ops can read leads but not resume their SLA clocks.');
    }

    const lead = await this.leads.findVisible(caller, leadId);
    const context = { leadId: lead.id, userId: caller.id, request: 'RESUME_SLA' };
    await sendLifecycleRequest(this.logger, context, () => this.lifecycle.resumeSla(lead.id, { actorId: caller.id }));
    const resumed = await this.reload(lead.id);
    await this.audit({
      action: AuditAction.SlaResumed,
      actorId: caller.id,
      targetType: AuditTargetType.Lead,
      targetId: lead.id,
      before: { slaState: lead.slaState },
      after: { slaState: resumed.slaState, slaDueAt: resumed.slaDueAt?.toISOString() ?? null },
      summary: `Resumed the SLA clock of lead ${lead.id}.`,
    });

    return resumed;
  }

  /**
   * Records the owner's weekly pipeline review of an opportunity: the lifecycle closes the running
   * review clock as met and starts the next one. The stage check is the lifecycle's, as for the
   * other requests.
   */
  async reviewPipeline(caller: Caller, leadId: string, request: { note?: string | null }): Promise<LeadEntity> {
    if (!mayActOnLeads(caller)) {
      throw AccordError.forbidden('Partners and marketing ops can read leads but not record pipeline reviews.');
    }

    const lead = await this.leads.findVisible(caller, leadId);
    const note = trimToNull(request.note);
    const problems = checkLeadText('note', note);
    if (problems.length > 0) {
      throw AccordError.badUserInput(problems);
    }

    const context = { leadId: lead.id, userId: caller.id, request: 'REVIEW_PIPELINE' };
    await sendLifecycleRequest(this.logger, context, () => this.lifecycle.reviewPipeline(lead.id, { actorId: caller.id, note }));

    return this.reload(lead.id);
  }

  /**
   * Writes the audit entry of a request the lifecycle applied.
   *
   * NOTE: the lifecycle commits the change in its own activity, so this entry is written after that
   * commit. When this write fails, the change remains without its audit entry.
   */
  private async audit(entry: AuditEntryInput): Promise<void> {
    await this.dataSource.transaction((manager) => recordAudit(manager, entry));
  }

  private async reload(leadId: string): Promise<LeadEntity> {
    const lead = await this.leads.findById(leadId);
    if (lead === null) {
      throw AccordError.notFound('Lead', leadId);
    }

    return lead;
  }
}
