import { CursorSeal } from '../lead/cursor-seal';
import type { AccordConfig } from '@accord/db';
import { createLogger } from '@accord/db';
import type { DataSource } from 'typeorm';

import { AuthSessionService } from '../auth/auth-session.service';
import { AuthService } from '../auth/auth.service';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { AuditLogService } from '../audit/audit-log.service';
import { EngagementService } from '../engagement/engagement.service';
import { CalibrationService } from '../calibration/calibration.service';
import { GovernanceDraftService } from '../governance/governance-draft.service';
import { GovernancePublishService } from '../governance/governance-publish.service';
import { GovernanceVersionService } from '../governance/governance-version.service';
import { GovernanceService } from '../governance/governance.service';
import { GovernanceSimulationService } from '../governance/simulation/governance-simulation.service';
import { LeadImportService } from '../import/lead-import.service';
import { KpiService } from '../kpi/kpi.service';
import { LeadActionService } from '../lead/lead-action.service';
import { LeadAssignmentService } from '../lead/lead-assignment.service';
import { LeadContactService } from '../lead/lead-contact.service';
import { LeadHistoryService } from '../lead/lead-history.service';
import { LeadIntakeService } from '../lead/lead-intake.service';
import type { LeadLifecycleGateway } from '../lead/lead-lifecycle.gateway';
import { LeadQueryService } from '../lead/lead-query.service';
import { LeadUpdateService } from '../lead/lead-update.service';
import { NotificationService } from '../notification/notification.service';
import { OrganisationAdminService } from '../organisation/organisation-admin.service';
import { OrganisationService } from '../organisation/organisation.service';
import { ApiKeyAdminService } from '../partner/api-key-admin.service';
import { PartnerLeadFeedService } from '../partner/partner-lead-feed.service';
import { UNAVAILABLE_REVIEW_GATEWAY, type GovernanceReviewGateway } from '../review/governance-review.gateway';
import { GovernanceReviewService } from '../review/governance-review.service';
import type { ApiServices } from './request-context';

export interface ApiServiceDependencies {
  config: Pick<AccordConfig, 'jwtSecret' | 'accessTokenTtlSeconds' | 'sessionTtlSeconds'> & Partial<Pick<AccordConfig, 'partnerDuplicateWindowHours'>>;
  dataSource: DataSource;
  lifecycle: LeadLifecycleGateway;
  /** Starts on-demand monthly reviews; without it, runGovernanceReview is SERVICE_UNAVAILABLE. */
  reviewRuns?: GovernanceReviewGateway;
}

/** Wires the services of one API process (or of the command-line import) over one data source. */
export function createApiServices({ config, dataSource, lifecycle, reviewRuns }: ApiServiceDependencies): ApiServices {
  const governance = new GovernanceService(dataSource);
  const governanceVersions = new GovernanceVersionService(dataSource);
  const leadQueries = new LeadQueryService(dataSource);
  const leadIntake = new LeadIntakeService(dataSource, governance, lifecycle, createLogger('lead-intake'), () => new Date(), {
    partnerDuplicateWindowHours: config.partnerDuplicateWindowHours ?? 24,
  });
  const governanceDrafts = new GovernanceDraftService(dataSource, createLogger('governance-drafts'));
  const auditLog = new AuditLogService(dataSource);
  const cursorSeal = new CursorSeal(config.jwtSecret);

  return {
    auth: createAuthService(config, dataSource),
    cursorSeal,
    governance,
    governanceVersions,
    governanceDrafts,
    governancePublish: new GovernancePublishService(dataSource, lifecycle, createLogger('governance-publish')),
    governanceSimulation: new GovernanceSimulationService(
      dataSource,
      governance,
      governanceVersions,
      createLogger('governance-simulation'),
    ),
    auditLog,
    calibration: new CalibrationService(dataSource, governanceDrafts, createLogger('calibration')),
    organisation: new OrganisationService(dataSource),
    organisationAdmin: new OrganisationAdminService(dataSource, createLogger('organisation-admin')),
    leadQueries,
    leadHistory: new LeadHistoryService(dataSource),
    leadIntake,
    leadActions: new LeadActionService(leadQueries, governance, lifecycle, createLogger('lead-actions')),
    leadUpdates: new LeadUpdateService(dataSource, leadQueries, governance, lifecycle, createLogger('lead-updates')),
    leadContacts: new LeadContactService(dataSource, leadQueries, createLogger('lead-contacts')),
    leadAssignments: new LeadAssignmentService(dataSource, leadQueries, lifecycle, createLogger('lead-assignments')),
    leadImports: new LeadImportService(dataSource, leadIntake, createLogger('lead-import')),
    notifications: new NotificationService(dataSource),
    apiKeys: new ApiKeyAdminService(dataSource, createLogger('api-keys')),
    partnerLeadFeed: new PartnerLeadFeedService(dataSource, cursorSeal),
    engagement: new EngagementService(dataSource, leadQueries, governance, lifecycle, createLogger('engagement')),
    kpis: new KpiService(dataSource, createLogger('kpis')),
    governanceReviews: new GovernanceReviewService(
      dataSource,
      reviewRuns ?? UNAVAILABLE_REVIEW_GATEWAY,
      auditLog,
      createLogger('governance-reviews'),
    ),
  };
}

function createAuthService(config: ApiServiceDependencies['config'], dataSource: DataSource): AuthService {
  const logger = createLogger('auth');
  const sessions = new AuthSessionService(
    dataSource,
    { tokens: { secret: config.jwtSecret, ttlSeconds: config.accessTokenTtlSeconds }, sessionTtlSeconds: config.sessionTtlSeconds },
    logger,
  );

  return new AuthService(dataSource, sessions, new SignInThrottle(dataSource, logger), logger);
}
