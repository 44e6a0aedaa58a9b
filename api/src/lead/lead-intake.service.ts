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
import { insertLeadUnlessDuplicate } from './insert-lead';
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
}

export type SubmissionOutcome =
  | { kind: 'CREATED'; lead: LeadEntity }
  | { kind: 'INVALID'; problems: FieldProblem[] }
  /** `existingLeadId` is null when the actor may not see the existing lead, so its id is not revealed. */
  | { kind: 'DUPLICATE'; existingLeadId: string | null; problems: FieldProblem[] };

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
  ) {}

  /** Creates a lead for an API caller, or throws BAD_USER_INPUT or CONFLICT for a rejected submission. */
  async createLead(caller: Caller, input: LeadInput): Promise<LeadEntity> {
    const outcome = await this.submit({ input, channel: SubmissionChannel.Api, actor: caller, payload: { ...input } });

    switch (outcome.kind) {
      case 'CREATED':
        return outcome.lead;
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
      channel: submission.channel,
      actor: submission.actor,
      importJobId: submission.importJobId ?? null,
      now: this.now(),
    });

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

    const lead = await this.dataSource.getRepository(LeadEntity).findOneBy({ id: inserted.leadId });
    if (lead === null) {
      throw new Error(`lead ${inserted.leadId} disappeared right after it was stored`);
    }

    this.logger.debug(
      { leadId: lead.id, channel: submission.channel, importJobId: submission.importJobId ?? null, userId: submission.actor?.id ?? null },
      'Lead created.',
    );

    return { kind: 'CREATED', lead };
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
