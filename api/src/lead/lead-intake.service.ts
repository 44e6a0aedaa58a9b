import { LeadEntity, SubmissionChannel, SubmissionRejectionEntity } from '@accord/db';
import { validateLeadInput, type FieldProblem, type LeadInput } from '@accord/governance';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import type { Caller } from '../auth/caller';
import { isLeadVisibleTo } from '../auth/lead-visibility';
import { AccordError } from '../errors/accord-error';
import { describeErrorForLog } from '../errors/log-internal-errors';
import type { GovernanceService } from '../governance/governance.service';
import { checkPartnerMotion } from './check-partner-motion';
import { checkStorageLimits } from './check-storage-limits';
import { ExistingLeadPath, insertLeadUnlessDuplicate, type IdempotencyKey } from './insert-lead';
import type { LeadLifecycleGateway } from './lead-lifecycle.gateway';

/** One lead as any path submits it: the API, a partner account or one import row. */
export interface LeadSubmission {
  /** Trimmed input with empty strings turned into nulls, or null for an import row that could not be mapped. */
  input: LeadInput | null;
  channel: SubmissionChannel;
  /** Null for an import run from the command line, which acts as the system. */
  actor: Caller | null;
  importJobId?: string | null;
  /** Row of the import file, from 1 for the first data row. */
  rowNumber?: number | null;
  /** Problems found while parsing an import row. They reject the row like validation problems do. */
  parseProblems?: FieldProblem[];
  /** The submission as received, stored with a rejection. */
  payload: Record<string, unknown>;
  /** The caller's idempotency key; absent or null without one. */
  idempotency?: IdempotencyKey | null;
}

export type SubmissionOutcome =
  | { kind: 'CREATED'; lead: LeadEntity }
  /** An earlier lead is returned for the submission: the same idempotency key, or a partner's repeat within the window. */
  | { kind: 'EXISTING'; lead: LeadEntity; path: ExistingLeadPath }
  | { kind: 'INVALID'; problems: FieldProblem[] }
  /** `existingLeadId` is null when the actor may not see the existing lead, so its id is not revealed. */
  | { kind: 'DUPLICATE'; existingLeadId: string | null; problems: FieldProblem[] };

export interface LeadIntakeOptions {
  /** Hours in which a partner's repeat of an e-mail address returns its first lead; 0 turns this off. */
  partnerDuplicateWindowHours: number;
}

export interface CreateLeadOptions {
  /** The caller's key for this submission, 1 to 200 printable characters; null or absent without one. */
  idempotencyKey?: string | null;
}

export enum RejectionOutcome {
  Invalid = 'INVALID',
  Duplicate = 'DUPLICATE',
}

/**
 * The one way a lead enters Accord. Every rejected submission is stored in `submission_rejections`
 * with its problems, and every stored open lead has a running lifecycle workflow.
 */
export class LeadIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly governance: GovernanceService,
    private readonly lifecycle: LeadLifecycleGateway,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
    private readonly options: LeadIntakeOptions = { partnerDuplicateWindowHours: 24 },
  ) {}

  /**
   * Creates a lead for an API caller, or returns the earlier lead of the same submission (same
   * idempotency key, or a partner's repeat within the window). Throws BAD_USER_INPUT or CONFLICT for
   * a rejected submission.
   */
  async createLead(caller: Caller, input: LeadInput, options: CreateLeadOptions = {}): Promise<LeadEntity> {
    return (await this.createOrReturnLead(caller, input, options)).lead;
  }

  /** Creates the lead as `createLead` does, and reports whether the lead was created by this call or returned from an earlier one. */
  async createOrReturnLead(caller: Caller, input: LeadInput, options: CreateLeadOptions = {}): Promise<{ lead: LeadEntity; created: boolean }> {
    const idempotency = options.idempotencyKey == null ? null : { scope: describeIdempotencyScope(caller), key: options.idempotencyKey };
    const outcome = await this.submit({ input, channel: SubmissionChannel.Api, actor: caller, payload: { ...input }, idempotency });
    const logFields = { userId: caller.id, partnerId: caller.partnerId, apiKeyId: caller.apiKeyId ?? null, hasIdempotencyKey: idempotency !== null };

    switch (outcome.kind) {
      case 'CREATED':
        this.logger.info({ ...logFields, leadId: outcome.lead.id, submissionPath: 'CREATED' }, 'Lead submission stored a new lead.');

        return { lead: outcome.lead, created: true };
      case 'EXISTING':
        return { lead: await this.returnExisting(caller, outcome.lead, outcome.path, logFields), created: false };
      case 'INVALID':
        throw AccordError.badUserInput(outcome.problems);
      case 'DUPLICATE':
        throw AccordError.conflict(
          outcome.existingLeadId === null
            ? 'A lead with this e-mail address was already submitted; no new lead was created.'
            : `A lead with this e-mail address already exists: lead ${outcome.existingLeadId}.`,
          outcome.problems,
        );
    }
  }

  /**
   * Validates a submission against the published governance version, stores it with its first
   * transition, then starts its lifecycle. When the lifecycle cannot start, the lead is deleted and
   * the error is rethrown, so no open lead exists without a workflow.
   */
  async submit(submission: LeadSubmission): Promise<SubmissionOutcome> {
    const { input } = submission;
    const governance = await this.governance.getPublished();

    const problems = [
      ...(submission.parseProblems ?? []),
      ...(input === null
        ? []
        : [...checkPartnerMotion(submission.actor, input), ...validateLeadInput(input, governance.model, { now: this.now().toISOString() }), ...checkStorageLimits(input)]),
    ];
    if (problems.length > 0 || input === null || input.email === null) {
      await this.storeRejection(submission, RejectionOutcome.Invalid, problems);

      return { kind: 'INVALID', problems };
    }

    const inserted = await insertLeadUnlessDuplicate(this.dataSource, {
      input: { ...input, email: input.email },
      governanceVersion: governance.version,
      model: governance.model,
      idempotency: submission.idempotency ?? null,
      partnerDuplicateWindowHours: this.options.partnerDuplicateWindowHours,
      channel: submission.channel,
      actor: submission.actor,
      importJobId: submission.importJobId ?? null,
      now: this.now(),
    });

    if (inserted.kind === 'EXISTING') {
      return { kind: 'EXISTING', lead: await this.findStoredLead(inserted.leadId), path: inserted.path };
    }

    if (inserted.kind === 'DUPLICATE') {
      const visible = submission.actor === null || (await isLeadVisibleTo(this.dataSource, submission.actor, inserted.existingLeadId));
      const existingLeadId = visible ? inserted.existingLeadId : null;
      const duplicateProblems = [describeDuplicate(input.email, existingLeadId)];
      await this.storeRejection(submission, RejectionOutcome.Duplicate, duplicateProblems);

      return { kind: 'DUPLICATE', existingLeadId, problems: duplicateProblems };
    }

    if (!inserted.closed) {
      await this.startLifecycleOrDelete(inserted.leadId);
    }

    const lead = await this.findStoredLead(inserted.leadId);

    this.logger.debug(
      { leadId: lead.id, channel: submission.channel, importJobId: submission.importJobId ?? null, userId: submission.actor?.id ?? null },
      'Lead created.',
    );

    return { kind: 'CREATED', lead };
  }

  /**
   * Returns the earlier lead when the caller may read it. A caller that submitted a lead but may no
   * longer read it (a rep whose lead went to a colleague) gets CONFLICT without the lead's details.
   */
  private async returnExisting(caller: Caller, lead: LeadEntity, path: ExistingLeadPath, logFields: Record<string, unknown>): Promise<LeadEntity> {
    this.logger.info({ ...logFields, leadId: lead.id, submissionPath: path }, 'Lead submission returned an earlier lead.');

    if (!(await isLeadVisibleTo(this.dataSource, caller, lead.id))) {
      throw AccordError.conflict('This idempotency key was already used for a lead you can no longer see; no new lead was created.');
    }

    return lead;
  }

  private async findStoredLead(leadId: string): Promise<LeadEntity> {
    const lead = await this.dataSource.getRepository(LeadEntity).findOneBy({ id: leadId });
    if (lead === null) {
      throw new Error(`lead ${leadId} disappeared right after it was stored or found`);
    }

    return lead;
  }

  private async startLifecycleOrDelete(leadId: string): Promise<void> {
    try {
      await this.lifecycle.start(leadId);
    } catch (error) {
      this.logger.error({ err: describeErrorForLog(error), leadId }, 'Lead lifecycle failed to start; deleting the lead.');
      await this.dataSource.getRepository(LeadEntity).delete({ id: leadId });

      throw error;
    }
  }

  private async storeRejection(submission: LeadSubmission, outcome: RejectionOutcome, problems: FieldProblem[]): Promise<void> {
    const rejections = this.dataSource.getRepository(SubmissionRejectionEntity);
    await rejections.save(
      rejections.create({
      channel: submission.channel,
      importJobId: submission.importJobId ?? null,
      rowNumber: submission.rowNumber ?? null,
      actorId: submission.actor?.id ?? null,
      outcome,
      problems,
      payload: submission.payload,
      createdAt: this.now(),
    }),
    );

    this.logger.debug(
      { outcome, importJobId: submission.importJobId ?? null, rowNumber: submission.rowNumber ?? null, userId: submission.actor?.id ?? null },
      'Lead submission rejected.',
    );
  }
}

/** Idempotency keys are per partner for partner accounts (all of a partner's keys share them) and per user otherwise. */
function describeIdempotencyScope(caller: Caller): string {
  return caller.partnerId !== null ? `partner:${caller.partnerId}` : `user:${caller.id}`;
}

/**
 * Names the existing lead only when the actor may see it. Otherwise the problem contains nothing about
 * that lead, so a partner or a rep cannot learn the id, team or stage of another team's lead.
 */
function describeDuplicate(email: string, existingLeadId: string | null): FieldProblem {
  return {
    field: 'email',
    value: email,
    message:
      existingLeadId === null
        ? 'a lead with this e-mail address was already submitted; no new lead was created'
        : `email "${email}" already belongs to lead ${existingLeadId}; update that lead instead of submitting it again`,
  };
}
