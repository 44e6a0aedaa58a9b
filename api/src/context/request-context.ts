import type { LeadEntity } from '@accord/db';
import type { GovernanceModel } from '@accord/governance';

import type { Caller } from '../auth/caller';
import type { AuthService } from '../auth/auth.service';
import type { CursorSeal } from '../lead/cursor-seal';
import type { AuditLogService } from '../audit/audit-log.service';
import type { EngagementService } from '../engagement/engagement.service';
import type { CalibrationService } from '../calibration/calibration.service';
import type { GovernanceDraftService } from '../governance/governance-draft.service';
import type { ReasonCode } from '../governance/governance.types';
import type { GovernanceFacts } from '../governance/governance-facts';
import type { GovernancePublishService } from '../governance/governance-publish.service';
import type { GovernanceVersionService } from '../governance/governance-version.service';
import type { GovernanceService } from '../governance/governance.service';
import type { GovernanceSimulationService } from '../governance/simulation/governance-simulation.service';
import type { LeadImportService } from '../import/lead-import.service';
import type { KpiService } from '../kpi/kpi.service';
import type { LeadActionService } from '../lead/lead-action.service';
import type { LeadAssignmentService } from '../lead/lead-assignment.service';
import type { LeadContactService } from '../lead/lead-contact.service';
import type { LeadHistoryService } from '../lead/lead-history.service';
import type { LeadIntakeService } from '../lead/lead-intake.service';
import type { LeadQueryService } from '../lead/lead-query.service';
import type { LeadUpdateService } from '../lead/lead-update.service';
import type { SlaEvent, StageTransition } from '../lead/lead-history.types';
import type { ContactAttempt, LeadNote } from '../lead/lead-work.types';
import type { ApiKeyAdminService } from '../partner/api-key-admin.service';
import type { PartnerLeadFeedService } from '../partner/partner-lead-feed.service';
import type { NotificationService } from '../notification/notification.service';
import type { OrganisationAdminService } from '../organisation/organisation-admin.service';
import type { OrganisationService } from '../organisation/organisation.service';
import type { GovernanceReviewService } from '../review/governance-review.service';
import type { Team } from '../organisation/team.type';
import type { User } from '../organisation/user.type';
import { BatchLoader } from './batch-loader';

/** The services of one API process, shared by every request. */
export interface ApiServices {
  auth: AuthService;
  /** Seals the list cursors of callers who may not read what a cursor holds. */
  cursorSeal: CursorSeal;
  governance: GovernanceService;
  governanceVersions: GovernanceVersionService;
  governanceDrafts: GovernanceDraftService;
  governancePublish: GovernancePublishService;
  governanceSimulation: GovernanceSimulationService;
  auditLog: AuditLogService;
  calibration: CalibrationService;
  organisation: OrganisationService;
  organisationAdmin: OrganisationAdminService;
  leadQueries: LeadQueryService;
  leadHistory: LeadHistoryService;
  leadIntake: LeadIntakeService;
  leadActions: LeadActionService;
  leadUpdates: LeadUpdateService;
  leadContacts: LeadContactService;
  leadAssignments: LeadAssignmentService;
  leadImports: LeadImportService;
  notifications: NotificationService;
  apiKeys: ApiKeyAdminService;
  partnerLeadFeed: PartnerLeadFeedService;
  engagement: EngagementService;
  kpis: KpiService;
  governanceReviews: GovernanceReviewService;
}

/** Batch loaders of one request. Each request gets a new set, so no cached row outlives it. */
export interface RequestLoaders {
  users: BatchLoader<string, User>;
  teams: BatchLoader<string, Team>;
  transitions: BatchLoader<string, StageTransition[]>;
  slaEvents: BatchLoader<string, SlaEvent[]>;
  contactAttempts: BatchLoader<string, ContactAttempt[]>;
  notes: BatchLoader<string, LeadNote[]>;
  reasonCodes: BatchLoader<string, ReasonCode>;
  /** Models of governance versions by version number. */
  governanceModels: BatchLoader<number, GovernanceModel>;
  /** Leads by id, only those the request's caller may see. */
  visibleLeads: BatchLoader<string, LeadEntity>;
  /** The database facts governance models are checked against, read at most once per request. */
  governanceFacts: () => Promise<GovernanceFacts>;
}

/**
 * The reason a request has no caller although it sent a token, for the UNAUTHENTICATED message. A
 * rejected API key carries its own message (malformed, unknown, expired at a time, revoked).
 */
export type AuthFailure = 'expired' | 'invalid' | 'inactive' | 'revoked' | { kind: 'API_KEY'; message: string };

/** Facts about a request besides its caller. */
export interface RequestOrigin {
  /** The sign-in session of the request's access token; null without one. */
  sessionId: string | null;
  /** The client IP as express reads it (see TRUST_PROXY); null when the connection has none. */
  clientIp: string | null;
}

export interface RequestContext extends RequestOrigin {
  caller: Caller | null;
  authFailure: AuthFailure | null;
  services: ApiServices;
  loaders: RequestLoaders;
}

export function createRequestLoaders(services: ApiServices, caller: Caller | null): RequestLoaders {
  return {
    users: new BatchLoader((ids) => services.organisation.findUsersByIds(ids)),
    teams: new BatchLoader((ids) => services.organisation.findTeamsByIds(ids)),
    transitions: new BatchLoader((leadIds) => services.leadHistory.listTransitions(leadIds)),
    slaEvents: new BatchLoader((leadIds) => services.leadHistory.listSlaEvents(leadIds)),
    contactAttempts: new BatchLoader((leadIds) => services.leadContacts.listContactAttempts(leadIds)),
    notes: new BatchLoader((leadIds) => services.leadContacts.listNotes(leadIds)),
    reasonCodes: new BatchLoader((codes) => services.leadHistory.findReasonCodes(codes)),
    governanceModels: new BatchLoader((versions) => loadModels(services, versions)),
    visibleLeads: new BatchLoader((ids) =>
      caller === null ? Promise.resolve(new Map()) : services.leadQueries.findVisibleByIds(caller, ids),
    ),
    governanceFacts: once(() => services.governanceVersions.loadFacts()),
  };
}

export function createRequestContext(
  services: ApiServices,
  caller: Caller | null,
  authFailure: AuthFailure | null = null,
  origin: RequestOrigin = { sessionId: null, clientIp: null },
): RequestContext {
  return { caller, authFailure, ...origin, services, loaders: createRequestLoaders(services, caller) };
}

async function loadModels(services: ApiServices, versions: number[]): Promise<Map<number, GovernanceModel>> {
  const models = await Promise.all(versions.map(async (version) => [version, await services.governance.getModel(version)] as const));

  return new Map(models);
}

/** Returns a function that calls `load` on its first call and returns that same promise on every later call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;

  return () => {
    promise ??= load();

    return promise;
  };
}
