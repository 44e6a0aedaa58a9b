import 'reflect-metadata';

import path from 'node:path';

import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';

import { authChecker, requireSignInForOperations } from '../auth/auth-checker';
import { AuthResolver } from '../auth/auth.resolver';
import { AuditLogResolver } from '../audit/audit-log.resolver';
import { auditMutations } from '../audit/mutation-audit';
import { rejectNulCharacters } from '../errors/reject-nul-characters';
import { EngagementResolver } from '../engagement/engagement.resolver';
import { CalibrationResolver } from '../calibration/calibration.resolver';
import { GovernanceDraftResolver } from '../governance/governance-draft.resolver';
import { GovernanceVersionResolver } from '../governance/governance-version.resolver';
import { GovernanceResolver } from '../governance/governance.resolver';
import { GovernanceSimulationResolver } from '../governance/simulation/governance-simulation.resolver';
import { LeadImportResolver } from '../import/lead-import.resolver';
import { KpiResolver } from '../kpi/kpi.resolver';
import { LeadHistoryResolvers } from '../lead/lead-history.resolver';
import { LeadMutationResolver } from '../lead/lead-mutation.resolver';
import { LeadWorkFieldResolvers } from '../lead/lead-work-fields.resolver';
import { LeadWorkResolver } from '../lead/lead-work.resolver';
import { LeadResolver } from '../lead/lead.resolver';
import { ApiKeyAdminResolver, PartnerResolver } from '../partner/api-key-admin.resolver';
import { guardPartnerFields } from '../partner/partner-field-guard';
import { PartnerLeadFeedResolver } from '../partner/partner-lead-feed.resolver';
import { NotificationResolver } from '../notification/notification.resolver';
import { OrganisationAdminResolver } from '../organisation/organisation-admin.resolver';
import { TeamResolver, UserResolver } from '../organisation/organisation.resolver';
import { GovernanceReviewResolver } from '../review/governance-review.resolver';
import { DateTimeScalar } from './date-time.scalar';

const RESOLVERS = [
  AuthResolver,
  UserResolver,
  TeamResolver,
  OrganisationAdminResolver,
  GovernanceResolver,
  GovernanceVersionResolver,
  GovernanceDraftResolver,
  GovernanceSimulationResolver,
  AuditLogResolver,
  CalibrationResolver,
  LeadResolver,
  LeadMutationResolver,
  ...LeadHistoryResolvers,
  LeadWorkResolver,
  ...LeadWorkFieldResolvers,
  NotificationResolver,
  LeadImportResolver,
  ApiKeyAdminResolver,
  PartnerResolver,
  PartnerLeadFeedResolver,
  EngagementResolver,
  KpiResolver,
  GovernanceReviewResolver,
] as const;

/** Builds the API schema: class-validator checks on arguments, role checks on every operation, an audit entry for every mutation. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: true,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [requireSignInForOperations, rejectNulCharacters, guardPartnerFields, auditMutations],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
}

/** schema/schema.graphql at the repository root, which the portals generate their types from. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'schema', 'schema.graphql');

export const SCHEMA_FILE_HEADER =
  '# Generated from the type-graphql classes in api/src by `npm run schema:generate`. Do not edit by hand.\n\n';

/** Prints the schema in the form committed as schema/schema.graphql: types sorted by name. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${SCHEMA_FILE_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
