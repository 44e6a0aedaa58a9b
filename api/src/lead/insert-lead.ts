import { ActorKind, LeadEntity, SlaState, StageTransitionEntity, SubmissionChannel } from '@accord/db';
import { Role, Stage, normalizeEmail, scoreFit, toUnscoredLead, type GovernanceModel, type LeadInput } from '@accord/governance';
import type { DataSource, EntityManager } from 'typeorm';

import type { Caller } from '../auth/caller';

/** A validated submission, ready to store. */
export interface NewLead {
  input: LeadInput & { email: string };
  governanceVersion: number;
  model: GovernanceModel;
  channel: SubmissionChannel;
  /** Null for an import run from the command line. */
  actor: Caller | null;
  importJobId: string | null;
  now: Date;
  /** The caller's idempotency key and whose key it is; null when the submission carried none. */
  idempotency: IdempotencyKey | null;
  /**
   * Hours in which a partner's second submission of an e-mail address returns its first lead
   * instead of a duplicate; 0 turns this off. Applies only to leads of the same partner.
   */
  partnerDuplicateWindowHours: number;
}

export interface IdempotencyKey {
  /** `partner:<partnerId>` or `user:<userId>`. */
  scope: string;
  key: string;
}

/** The reason an earlier lead was returned instead of a new one. */
export enum ExistingLeadPath {
  IdempotencyKey = 'IDEMPOTENCY_KEY',
  PartnerDuplicateWindow = 'PARTNER_DUPLICATE_WINDOW',
}

export type InsertLeadOutcome =
  | { kind: 'INSERTED'; leadId: string; closed: boolean }
  | { kind: 'EXISTING'; leadId: string; path: ExistingLeadPath }
  | { kind: 'DUPLICATE'; existingLeadId: string };

/**
 * Inserts a lead and its first stage transition in one transaction, unless a lead with the same
 * normalized e-mail exists. A transaction-scoped advisory lock on the address makes two parallel
 * submissions of one address queue up, so the second one sees the first one's row.
 *
 * A submission with an idempotency key first takes a lock on its scope and key and returns the lead
 * stored under that key, if any. The unique index `leads_idempotency` backs the lock up. Every
 * transaction takes the key lock before the address lock, so two submissions cannot deadlock. A
 * partner's repeat of an address it submitted within `partnerDuplicateWindowHours` also returns the
 * first lead instead of a duplicate.
 *
 * A lead imported in an exit stage (REJECTED, DISQUALIFIED, RECYCLED) is stored closed: a second
 * transition from LEAD to that stage carries its reason code and note.
 */
export async function insertLeadUnlessDuplicate(dataSource: DataSource, lead: NewLead): Promise<InsertLeadOutcome> {
  const emailNormalized = normalizeEmail(lead.input.email);

  return dataSource.transaction(async (manager): Promise<InsertLeadOutcome> => {
    if (lead.idempotency !== null) {
      const earlier = await findByIdempotencyKey(manager, lead.idempotency);
      if (earlier !== null) {
        return { kind: 'EXISTING', leadId: earlier, path: ExistingLeadPath.IdempotencyKey };
      }
    }

    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [emailNormalized]);

    const existing: { id: string; partner_id: string | null; created_at: Date }[] = await manager.query(
      'SELECT id, partner_id, created_at FROM leads WHERE email_normalized = $1 ORDER BY created_at LIMIT 1',
      [emailNormalized],
    );
    const [duplicate] = existing;
    if (duplicate !== undefined) {
      return isWithinPartnerWindow(lead, duplicate)
        ? { kind: 'EXISTING', leadId: duplicate.id, path: ExistingLeadPath.PartnerDuplicateWindow }
        : { kind: 'DUPLICATE', existingLeadId: duplicate.id };
    }

    const entity = await manager.getRepository(LeadEntity).save(buildLeadEntity(manager, lead, emailNormalized));
    await insertTransitions(manager, entity, lead);

    return { kind: 'INSERTED', leadId: entity.id, closed: entity.closedAt !== null };
  });
}

/** Locks the idempotency key for the rest of the transaction and returns the id of the lead stored under it. */
async function findByIdempotencyKey(manager: EntityManager, idempotency: IdempotencyKey): Promise<string | null> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`idempotency:${idempotency.scope}:${idempotency.key}`]);

  const rows: { id: string }[] = await manager.query('SELECT id FROM leads WHERE idempotency_scope = $1 AND idempotency_key = $2', [
    idempotency.scope,
    idempotency.key,
  ]);

  return rows[0]?.id ?? null;
}

function isWithinPartnerWindow(lead: NewLead, existing: { partner_id: string | null; created_at: Date }): boolean {
  const partnerId = lead.actor?.role === Role.Partner ? lead.actor.partnerId : null;
  if (partnerId === null || existing.partner_id !== partnerId || lead.partnerDuplicateWindowHours <= 0) {
    return false;
  }

  return lead.now.getTime() - existing.created_at.getTime() < lead.partnerDuplicateWindowHours * 3_600_000;
}

function buildLeadEntity(manager: EntityManager, lead: NewLead, emailNormalized: string): LeadEntity {
  const { input, model, now } = lead;
  const unscored = toUnscoredLead(input);
  const fit = scoreFit(unscored, model.scoring);
  const closedStage = input.stage !== null && input.stage !== Stage.Lead ? input.stage : null;

  return manager.getRepository(LeadEntity).create({
    email: input.email,
    emailNormalized,
    firstName: input.firstName,
    lastName: input.lastName,
    title: input.title,
    phone: input.phone,
    company: input.company,
    companyDomain: input.companyDomain,
    industry: input.industry,
    employeeCount: input.employeeCount,
    annualRevenueUsd: input.annualRevenueUsd === null ? null : BigInt(input.annualRevenueUsd).toString(),
    country: input.country,
    region: input.region,
    city: input.city,
    source: input.source,
    sourceStatus: input.sourceStatus,
    motion: unscored.motion,
    useCase: input.useCase,
    consent: input.consent,
    partnerId: lead.actor?.partnerId ?? null,
    submittedBy: lead.actor?.id ?? null,
    importJobId: lead.importJobId,
    idempotencyScope: lead.idempotency?.scope ?? null,
    idempotencyKey: lead.idempotency?.key ?? null,
    fitScore: fit.score,
    // Imports may carry fractional scores, but the column holds whole points.
    behaviourScore: Math.round(input.behaviourScore ?? 0),
    scoreBreakdown: fit.breakdown,
    stage: closedStage ?? Stage.Lead,
    reasonCode: closedStage === null ? null : input.reasonCode,
    ownerId: null,
    teamId: null,
    routingPool: null,
    routingTrace: [],
    governanceVersion: lead.governanceVersion,
    slaState: SlaState.None,
    arrivedAt: input.arrivedAt === null ? now : new Date(input.arrivedAt),
    closedAt: closedStage === null ? null : now,
  });
}

async function insertTransitions(manager: EntityManager, entity: LeadEntity, lead: NewLead): Promise<void> {
  const actorKind = lead.channel === SubmissionChannel.Import ? ActorKind.Import : ActorKind.User;
  const common = {
    leadId: entity.id,
    actorKind,
    actorId: lead.actor?.id ?? null,
    governanceVersion: lead.governanceVersion,
    occurredAt: lead.now,
  };
  const transitions = manager.getRepository(StageTransitionEntity);

  await transitions.insert({
    ...common,
    fromStage: null,
    toStage: Stage.Lead,
    reasonCode: null,
    note: null,
    idempotencyKey: `lead-${entity.id}:created`,
  });

  if (entity.stage !== Stage.Lead) {
    await transitions.insert({
      ...common,
      fromStage: Stage.Lead,
      toStage: entity.stage,
      reasonCode: entity.reasonCode,
      note: lead.input.note,
      idempotencyKey: `lead-${entity.id}:imported-${entity.stage.toLowerCase()}`,
    });
  }
}
