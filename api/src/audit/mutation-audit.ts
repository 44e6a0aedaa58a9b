import { AuditAction } from '@accord/db';
import type { MiddlewareFn } from 'type-graphql';

import type { RequestContext } from '../context/request-context';
import { AuditTargetType } from './record-audit';
import { isReplayed } from './replayed-results';

/** The arguments, result and actor of one mutation call, which its audit entry is built from. */
interface AuditedCall {
  args: Record<string, unknown>;
  result: unknown;
  /** The caller's user id, or null for `signIn`, which has no caller yet. */
  actorId: string | null;
}

/**
 * The audit rule of one mutation:
 * - `service`: its service writes a detailed entry (with the record before and after) in the
 *   transaction of the change, or right after its lead's lifecycle applied it.
 * - `after-success`: `auditMutations` writes an entry naming the action, the actor and the record once
 *   the resolver has returned. A failed call changed nothing, so it writes none.
 */
export type MutationAuditRule =
  | { kind: 'service' }
  | {
      kind: 'after-success';
      action: AuditAction;
      targetType: AuditTargetType;
      /** The id of the changed record, or null when the call returned without changing anything. */
      targetId: (call: AuditedCall) => string | null;
      /** The entry's sentence: the record's id, and the lead's company or the user's name when the result contains it. */
      summary: (targetId: string, call: AuditedCall) => string;
      /** Ids the entry keeps besides the target, such as the reason code of a rejection. */
      after?: (call: AuditedCall) => Record<string, unknown>;
    };

const BY_SERVICE: MutationAuditRule = { kind: 'service' };

function idOf(value: unknown): string | null {
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string') {
    return value.id;
  }

  return null;
}

/** Names a lead by its company when the result carries one, for example `the lead of Harbor Freight (lead 1f2…)`. */
function describeLead(leadId: string, result: unknown): string {
  const company = typeof result === 'object' && result !== null && 'company' in result && typeof result.company === 'string' ? result.company : null;

  return company === null ? `lead ${leadId}` : `the lead of ${company} (lead ${leadId})`;
}

/** Returns the name of the user in a result, such as the signed-in user of `signIn`, or null. */
function userNameOf(result: unknown): string | null {
  if (typeof result !== 'object' || result === null || !('user' in result)) return null;
  const user = result.user;

  return typeof user === 'object' && user !== null && 'name' in user && typeof user.name === 'string' ? user.name : null;
}

function leadAction(action: AuditAction, verb: string, keep: readonly string[] = []): MutationAuditRule {
  return {
    kind: 'after-success',
    action,
    targetType: AuditTargetType.Lead,
    targetId: ({ result }) => idOf(result),
    summary: (leadId, { result }) => `${verb} ${describeLead(leadId, result)}.`,
    after: ({ args }) =>
      Object.fromEntries(keep.filter((name) => args[name] !== undefined && args[name] !== null).map((name) => [name, args[name]])),
  };
}

/**
 * The audit rule of every mutation in the schema, by field name. `mutation-audit.test.ts` fails
 * when a mutation has no rule here, so a new mutation cannot skip the audit log.
 */
export const MUTATION_AUDIT_RULES: Readonly<Record<string, MutationAuditRule>> = {
  signIn: {
    kind: 'after-success',
    action: AuditAction.SignedIn,
    targetType: AuditTargetType.User,
    targetId: ({ result }) => (typeof result === 'object' && result !== null && 'user' in result ? idOf(result.user) : null),
    summary: (userId, { result }) => `${userNameOf(result) ?? `User ${userId}`} signed in.`,
  },
  createLead: {
    kind: 'after-success',
    action: AuditAction.LeadCreated,
    targetType: AuditTargetType.Lead,
    targetId: ({ result }) => idOf(result),
    summary: (leadId, { result }) => `Submitted ${describeLead(leadId, result)}.`,
  },
  acceptLead: leadAction(AuditAction.LeadAccepted, 'Accepted'),
  rejectLead: leadAction(AuditAction.LeadRejected, 'Rejected', ['reasonCode']),
  qualifyLead: leadAction(AuditAction.LeadQualified, 'Qualified'),
  convertLead: leadAction(AuditAction.LeadConverted, 'Converted'),
  disqualifyLead: leadAction(AuditAction.LeadDisqualified, 'Disqualified', ['reasonCode']),
  recycleLead: leadAction(AuditAction.LeadRecycled, 'Recycled', ['reasonCode']),
  reviewPipeline: leadAction(AuditAction.PipelineReviewed, 'Recorded the pipeline review of'),
  logContactAttempt: leadAction(AuditAction.ContactAttemptLogged, 'Logged a contact attempt on'),
  addLeadNote: leadAction(AuditAction.LeadNoteAdded, 'Added a note to'),
  winOpportunity: leadAction(AuditAction.OpportunityWon, 'Marked as won'),
  loseOpportunity: leadAction(AuditAction.OpportunityLost, 'Marked as lost', ['reasonCode']),
  recordEngagement: {
    kind: 'after-success',
    action: AuditAction.EngagementRecorded,
    targetType: AuditTargetType.Lead,
    targetId: ({ args }) => (typeof args.leadId === 'string' ? args.leadId : null),
    summary: (leadId) => `Recorded an engagement event on lead ${leadId}.`,
    after: ({ args, result }) => ({ event: args.event, engagementEventId: idOf(result) }),
  },
  importLeads: {
    kind: 'after-success',
    action: AuditAction.ImportStarted,
    targetType: AuditTargetType.ImportJob,
    targetId: ({ result }) => idOf(result),
    summary: (jobId) => `Started lead import ${jobId}.`,
  },
  markNotificationsRead: {
    kind: 'after-success',
    action: AuditAction.NotificationsRead,
    targetType: AuditTargetType.User,
    targetId: ({ actorId }) => actorId,
    summary: (userId) => `User ${userId} marked notifications as read.`,
    after: ({ args, result }) => ({ notificationIds: args.ids, marked: result }),
  },
  refreshSession: BY_SERVICE,
  createApiKey: BY_SERVICE,
  revokeApiKey: BY_SERVICE,
  signOut: BY_SERVICE,
  signOutEverywhere: BY_SERVICE,
  updateLead: BY_SERVICE,
  reassignLead: BY_SERVICE,
  pauseSla: BY_SERVICE,
  resumeSla: BY_SERVICE,
  createGovernanceDraft: BY_SERVICE,
  createDraftFromCalibration: BY_SERVICE,
  updateGovernanceDraft: BY_SERVICE,
  submitGovernanceForReview: BY_SERVICE,
  returnGovernanceToDraft: BY_SERVICE,
  publishGovernanceVersion: BY_SERVICE,
  retireGovernanceVersion: BY_SERVICE,
  updateTeamCalendar: BY_SERVICE,
  updateUser: BY_SERVICE,
  signOffGovernanceReview: BY_SERVICE,
  runGovernanceReview: BY_SERVICE,
};

/**
 * Writes the audit entry of every successful mutation whose rule is
 * `after-success`. A mutation without a rule is refused before its resolver runs, so no change goes
 * unaudited even if the schema test was skipped. The entry is written after the change committed
 * (see `AuditLogService.recordAfterChange`).
 */
export const auditMutations: MiddlewareFn<RequestContext> = async ({ context, info, args }, next) => {
  if (info.parentType.name !== 'Mutation') {
    return next();
  }

  const rule = MUTATION_AUDIT_RULES[info.fieldName];
  if (rule === undefined) {
    throw new Error(`mutation ${info.fieldName} has no audit rule in MUTATION_AUDIT_RULES`);
  }

  const result: unknown = await next();
  if (rule.kind === 'service' || isReplayed(result)) {
    return result;
  }

  const call: AuditedCall = { args, result, actorId: context.caller?.id ?? null };
  const targetId = rule.targetId(call);
  if (targetId === null) {
    return result;
  }
  const actorId = call.actorId ?? (rule.targetType === AuditTargetType.User ? targetId : null);

  await context.services.auditLog.recordAfterChange({
    action: rule.action,
    actorId,
    targetType: rule.targetType,
    targetId,
    before: null,
    after: rule.after?.(call) ?? null,
    summary: rule.summary(targetId, call),
  });

  return result;
};
