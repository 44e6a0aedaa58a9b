import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import * as auditOperations from '../../admin-portal/src/audit/audit-log.operations';
import * as diffOperations from '../../admin-portal/src/diff/governance-diff.operations';
import * as reasonCodeUsageOperations from '../../admin-portal/src/draft-editor/reason-code-usage.operations';
import * as simulationOperations from '../../admin-portal/src/simulation/simulation.operations';
import * as teamOperations from '../../admin-portal/src/teams/teams.operations';
import * as versionOperations from '../../admin-portal/src/versions/governance-versions.operations';

// The schema printed from the API by `npm run schema:generate`. ACCORD_SCHEMA_FILE points the test
// at another SDL file, such as the governance contract merged into the schema before the API has it.
const SCHEMA_FILE = process.env.ACCORD_SCHEMA_FILE ?? path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

const operationModules: Record<string, Record<string, unknown>> = {
  'admin-portal versions': versionOperations,
  'admin-portal reason code usage': reasonCodeUsageOperations,
  'admin-portal diff': diffOperations,
  'admin-portal simulation': simulationOperations,
  'admin-portal teams': teamOperations,
  'admin-portal audit': auditOperations,
};

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
}

const documents = Object.entries(operationModules).flatMap(([moduleName, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, DocumentNode] => isDocument(entry[1]))
    .map(([exportName, document]) => [`${moduleName} ${exportName}`, document] as const),
);

describe('admin governance GraphQL operations', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

  it('are all collected', () => {
    expect(documents.map(([name]) => name).sort()).toEqual(
      [
        'admin-portal versions GOVERNANCE_VERSIONS',
        'admin-portal versions GOVERNANCE_VERSION',
        'admin-portal versions CREATE_GOVERNANCE_DRAFT',
        'admin-portal versions UPDATE_GOVERNANCE_DRAFT',
        'admin-portal versions SUBMIT_GOVERNANCE_FOR_REVIEW',
        'admin-portal versions RETURN_GOVERNANCE_TO_DRAFT',
        'admin-portal versions PUBLISH_GOVERNANCE_VERSION',
        'admin-portal versions RETIRE_GOVERNANCE_VERSION',
        'admin-portal versions VALIDATE_GOVERNANCE_MODEL',
        'admin-portal reason code usage REASON_CODE_USAGE',
        'admin-portal diff GOVERNANCE_DIFF',
        'admin-portal simulation SIMULATE_GOVERNANCE',
        'admin-portal teams TEAMS',
        'admin-portal teams USERS',
        'admin-portal teams UPDATE_TEAM_CALENDAR',
        'admin-portal teams UPDATE_USER',
        'admin-portal audit AUDIT_LOG',
        'admin-portal audit AUDIT_LOG_CSV',
      ].sort(),
    );
  });

  it.each(documents)('%s validates against the schema', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
