import { AuditAction, LeadEntity, leadEntityToAttributes } from '@accord/db';
import {
  replaceFitLines,
  checkLeadText,
  scoreFit,
  toUnscoredLead,
  validateLeadInput,
  type FieldProblem,
  type GovernanceModel,
  type LeadInput,
  type LeadTextField,
} from '@accord/governance';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';

import type { Caller } from '../auth/caller';
import { mayActOnLeads } from '../auth/lead-visibility';
import { AuditTargetType, recordAudit } from '../audit/record-audit';
import { AccordError, AccordErrorCode } from '../errors/accord-error';
import { describeErrorForLog } from '../errors/log-internal-errors';
import type { GovernanceService } from '../governance/governance.service';
import { checkStorageLimits } from './check-storage-limits';
import type { LeadLifecycleGateway } from './lead-lifecycle.gateway';
import type { LeadQueryService } from './lead-query.service';
import { UPDATABLE_LEAD_FIELDS, type LeadUpdate, type UpdatableLeadField } from './lead-update.input';
import { trimToNull } from './trim-to-null';

const NUMERIC_OR_BOOLEAN_FIELDS: ReadonlySet<UpdatableLeadField> = new Set(['employeeCount', 'annualRevenueUsd', 'consent']);

/** Edits a lead's contact and company fields and signals its lifecycle to check the entry criteria again. */
export class LeadUpdateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leads: LeadQueryService,
    private readonly governance: GovernanceService,
    private readonly lifecycle: LeadLifecycleGateway,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Validates the lead as it would be after the edit with the rules of the published version, the
   * same rules createLead applies, then stores the changed fields, a new fit score and an audit entry
   * in one transaction. The lifecycle is signalled after the commit, also when nothing changed, so
   * retrying an edit whose signal failed delivers the signal. The lifecycle reloads the lead before it
   * checks any request that arrives after the signal, so an action sent right after this edit is checked against it.
   */
  async updateLead(caller: Caller, leadId: string, update: LeadUpdate): Promise<LeadEntity> {
    if (!mayActOnLeads(caller)) {
      throw AccordError.forbidden('Partners and marketing ops can read leads but not edit them.');
    }

    const visible = await this.leads.findVisible(caller, leadId);
    const { model } = await this.governance.getPublished();

    const lead = await this.dataSource.transaction((manager) => this.store(manager, caller, visible.id, update, model));

    await this.signalDataChanged(lead.id, caller.id);

    return lead;
  }

  private async store(
    manager: EntityManager,
    caller: Caller,
    leadId: string,
    update: LeadUpdate,
    model: GovernanceModel,
  ): Promise<LeadEntity> {
    const current = await manager.findOneOrFail(LeadEntity, { where: { id: leadId }, lock: { mode: 'pessimistic_write' } });
    const stored = toStoredInput(current);
    const merged: LeadInput = { ...stored, ...trimText(update) };
    const changed = UPDATABLE_LEAD_FIELDS.filter((field) => field in update && merged[field] !== stored[field]);
    if (changed.length === 0) {
      return current;
    }

    const problems = validateEdit(merged, changed, model, this.now());
    if (problems.length > 0) {
      throw AccordError.badUserInput(problems);
    }

    const fit = scoreFit(toUnscoredLead(merged), model.scoring);
    await manager.update(
      LeadEntity,
      { id: leadId },
      { ...toColumnValues(merged, changed), fitScore: fit.score, scoreBreakdown: replaceFitLines(current.scoreBreakdown, fit.breakdown) },
    );
    await recordAudit(manager, {
      action: AuditAction.LeadUpdated,
      actorId: caller.id,
      targetType: AuditTargetType.Lead,
      targetId: leadId,
      before: pickFields(stored, changed),
      after: pickFields(merged, changed),
      summary: `Edited ${changed.join(', ')} of lead ${leadId}.`,
    });
    this.logger.info({ leadId, userId: caller.id, fields: changed }, 'Lead edited.');

    return manager.findOneOrFail(LeadEntity, { where: { id: leadId } });
  }

  private async signalDataChanged(leadId: string, userId: string): Promise<void> {
    try {
      // A closed lead has no running lifecycle, so NOT_RUNNING needs no action.
      await this.lifecycle.signalLeadDataChanged(leadId);
    } catch (error) {
      this.logger.error({ err: describeErrorForLog(error), leadId, userId }, 'Lead data-changed signal failed.');

      throw new AccordError(
        AccordErrorCode.ServiceUnavailable,
        'The changes were saved, but the lead’s lifecycle could not be told about them. Save the lead again to retry.',
      );
    }
  }
}

/** Converts the stored lead to a submission for the intake rules. Arrival time, stage and reason cannot be edited, so they stay unchecked. */
function toStoredInput(lead: LeadEntity): LeadInput {
  const attributes = leadEntityToAttributes(lead);

  return {
    email: attributes.email,
    firstName: attributes.firstName,
    lastName: attributes.lastName,
    title: attributes.title,
    phone: attributes.phone,
    company: attributes.company,
    companyDomain: attributes.companyDomain,
    industry: attributes.industry,
    employeeCount: attributes.employeeCount,
    annualRevenueUsd: attributes.annualRevenueUsd,
    country: attributes.country,
    region: attributes.region,
    city: attributes.city,
    source: attributes.source,
    motion: attributes.motion,
    useCase: attributes.useCase,
    consent: attributes.consent,
    behaviourScore: attributes.behaviourScore,
    sourceStatus: lead.sourceStatus,
    arrivedAt: null,
    stage: null,
    reasonCode: null,
    note: null,
  };
}

/** Trims the text fields of an update and turns empty strings into nulls, which clear the field. */
function trimText(update: LeadUpdate): LeadUpdate {
  return Object.fromEntries(Object.entries(update).map(([field, value]) => [field, typeof value === 'string' ? trimToNull(value) : value]));
}

/**
 * Checks the text of each changed field, then applies every intake rule to the merged lead. A rule
 * problem on a field that already has a text problem is left out, because it would repeat the same value.
 */
function validateEdit(merged: LeadInput, changed: UpdatableLeadField[], model: GovernanceModel, now: Date): FieldProblem[] {
  const textProblems = changed
    .filter(
      (field): field is Exclude<UpdatableLeadField, 'employeeCount' | 'annualRevenueUsd' | 'consent'> =>
        !NUMERIC_OR_BOOLEAN_FIELDS.has(field),
    )
    .flatMap((field: LeadTextField) => checkLeadText(field, merged[field]));
  const fieldsWithTextProblems = new Set(textProblems.map((problem) => problem.field));
  const ruleProblems = [...validateLeadInput(merged, model, { now: now.toISOString() }), ...checkStorageLimits(merged)].filter(
    (problem) => !fieldsWithTextProblems.has(problem.field),
  );

  return [...textProblems, ...ruleProblems];
}

function toColumnValues(merged: LeadInput, changed: UpdatableLeadField[]): Partial<LeadEntity> {
  const values: Partial<LeadEntity> = {};

  for (const field of changed) {
    if (field === 'annualRevenueUsd') {
      values.annualRevenueUsd = merged.annualRevenueUsd === null ? null : BigInt(merged.annualRevenueUsd).toString();
    } else {
      Object.assign(values, { [field]: merged[field] });
    }
  }

  return values;
}

function pickFields(input: LeadInput, fields: UpdatableLeadField[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, input[field]]));
}
