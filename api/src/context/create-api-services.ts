import type { AccordConfig } from '@accord/db';
import { createLogger } from '@accord/db';
import type { DataSource } from 'typeorm';

import { AuthService } from '../auth/auth.service';
import { AuditLogService } from '../audit/audit-log.service';
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
import type { ApiServices } from './request-context';

export interface ApiServiceDependencies {
  config: Pick<AccordConfig, 'jwtSecret' | 'accessTokenTtlSeconds'>;
  dataSource: DataSource;
  lifecycle: LeadLifecycleGateway;
}

/** Wires the services of one API process (or of the command-line import) over one data source. */
export function createApiServices({ config, dataSource, lifecycle }: ApiServiceDependencies): ApiServices {
  const governance = new GovernanceService(dataSource);
  const governanceVersions = new GovernanceVersionService(dataSource);
  const leadQueries = new LeadQueryService(dataSource);
  const leadIntake = new LeadIntakeService(dataSource, governance, lifecycle, createLogger('lead-intake'));

  return {
    auth: new AuthService(dataSource, { secret: config.jwtSecret, ttlSeconds: config.accessTokenTtlSeconds }, createLogger('auth')),
    governance,
    governanceVersions,
    governanceDrafts: new GovernanceDraftService(dataSource, createLogger('governance-drafts')),
    governancePublish: new GovernancePublishService(dataSource, lifecycle, createLogger('governance-publish')),
    governanceSimulation: new GovernanceSimulationService(
      dataSource,
      governance,
      governanceVersions,
      createLogger('governance-simulation'),
    ),
    auditLog: new AuditLogService(dataSource),
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
    kpis: new KpiService(dataSource, createLogger('kpis')),
  };
}
