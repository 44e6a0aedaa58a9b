import { leadEntityToAttributes, type LeadEntity } from '@accord/db';
import { LEAD_ACTION_RULES, LeadAction, checkLeadAction, checkReason } from '@accord/governance';
import type { Logger } from 'pino';

import type { Caller } from '../auth/caller';
import { mayActOnLeads } from '../auth/lead-visibility';
import { AccordError } from '../errors/accord-error';
import type { GovernanceService } from '../governance/governance.service';
import { isStage } from './lead.type';
import type { LeadLifecycleGateway } from './lead-lifecycle.gateway';
import type { LeadQueryService } from './lead-query.service';
import { sendLifecycleRequest } from './send-lifecycle-request';
import { trimToNull } from './trim-to-null';

export interface LeadActionRequest {
  reasonCode?: string | null;
  note?: string | null;
}

/**
 * Runs a rep's action: checks visibility and the governance rules of the version the lead is on,
 * then sends the action to the lead's lifecycle workflow, which records the transition.
 */
export class LeadActionService {
  constructor(
    private readonly leads: LeadQueryService,
    private readonly governance: GovernanceService,
    private readonly lifecycle: LeadLifecycleGateway,
    private readonly logger: Logger,
  ) {}

  async act(caller: Caller, leadId: string, action: LeadAction, request: LeadActionRequest): Promise<LeadEntity> {
    if (!mayActOnLeads(caller)) {
      throw AccordError.forbidden('Partners and marketing ops can read leads but not act on them.');
    }

    const lead = await this.leads.findVisible(caller, leadId);
    const reasonCode = trimToNull(request.reasonCode);
    const note = trimToNull(request.note);

    await this.checkAction(lead, action, { reasonCode, note });

    await sendLifecycleRequest(this.logger, { leadId: lead.id, userId: caller.id, request: action }, () =>
      this.lifecycle.execute(lead.id, action, { actorId: caller.id, reasonCode, note }),
    );

    const updated = await this.leads.findById(lead.id);
    if (updated === null) {
      throw AccordError.notFound('Lead', lead.id);
    }

    return updated;
  }

  /**
   * Rejects an invalid action before anything reaches the workflow, with the same rules the workflow
   * applies. An action enters the lead's next stage, and an open lead applies the published version
   * from its next stage on, so the published model decides (a code it retired is refused).
   */
  private async checkAction(
    lead: LeadEntity,
    action: LeadAction,
    request: { reasonCode: string | null; note: string | null },
  ): Promise<void> {
    const { model } = await this.governance.getPublished();
    const rule = LEAD_ACTION_RULES[action];

    // A missing reason is reported as such even when the lead is in a stage the action does not apply to.
    if (rule.reasonRequired && rule.reasonKind !== null && request.reasonCode === null) {
      throw AccordError.badUserInput(checkReason(request, rule.reasonKind, model.reasonCodes, action.toLowerCase()));
    }

    if (!isStage(lead.stage)) {
      throw new Error(`lead ${lead.id} has the unknown stage "${lead.stage}"`);
    }

    const check = checkLeadAction({
      stage: lead.stage,
      ownerId: lead.ownerId,
      lead: leadEntityToAttributes(lead),
      model,
      request: { action, ...request },
    });
    if (check.ok) {
      return;
    }

    throw check.code === 'CONFLICT'
      ? AccordError.conflict(check.problems[0]?.message ?? `The lead cannot be moved by ${action} now.`, check.problems)
      : AccordError.badUserInput(check.problems);
  }
}
