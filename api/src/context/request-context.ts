import type { Caller } from '../auth/caller';
import type { AuthService } from '../auth/auth.service';
import type { GovernanceService } from '../governance/governance.service';
import type { LeadImportService } from '../import/lead-import.service';
import type { LeadActionService } from '../lead/lead-action.service';
import type { LeadHistoryService } from '../lead/lead-history.service';
import type { LeadIntakeService } from '../lead/lead-intake.service';
import type { LeadQueryService } from '../lead/lead-query.service';
import type { SlaEvent, StageTransition } from '../lead/lead-history.types';
import type { OrganisationService } from '../organisation/organisation.service';
import type { Team } from '../organisation/team.type';
import type { User } from '../organisation/user.type';
import { BatchLoader } from './batch-loader';

/** The services of one API process, shared by every request. */
export interface ApiServices {
  auth: AuthService;
  governance: GovernanceService;
  organisation: OrganisationService;
  leadQueries: LeadQueryService;
  leadHistory: LeadHistoryService;
  leadIntake: LeadIntakeService;
  leadActions: LeadActionService;
  leadImports: LeadImportService;
}

/** Batch loaders of one request. Each request gets a new set, so no cached row outlives it. */
export interface RequestLoaders {
  users: BatchLoader<string, User>;
  teams: BatchLoader<string, Team>;
  transitions: BatchLoader<string, StageTransition[]>;
  slaEvents: BatchLoader<string, SlaEvent[]>;
}

/** Why a request carries no caller although it sent a token, for the UNAUTHENTICATED message. */
export type AuthFailure = 'expired' | 'invalid' | 'inactive';

export interface RequestContext {
  caller: Caller | null;
  authFailure: AuthFailure | null;
  services: ApiServices;
  loaders: RequestLoaders;
}

export function createRequestLoaders(services: ApiServices): RequestLoaders {
  return {
    users: new BatchLoader((ids) => services.organisation.findUsersByIds(ids)),
    teams: new BatchLoader((ids) => services.organisation.findTeamsByIds(ids)),
    transitions: new BatchLoader((leadIds) => services.leadHistory.listTransitions(leadIds)),
    slaEvents: new BatchLoader((leadIds) => services.leadHistory.listSlaEvents(leadIds)),
  };
}

export function createRequestContext(services: ApiServices, caller: Caller | null, authFailure: AuthFailure | null = null): RequestContext {
  return { caller, authFailure, services, loaders: createRequestLoaders(services) };
}
