import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import * as signInOperations from '../../portal-kit/src/session/sign-in.operations';
import * as governanceOperations from '../../admin-portal/src/governance/governance.operations';
import * as importOperations from '../../admin-portal/src/import/import.operations';
import * as adminLeadOperations from '../../admin-portal/src/leads/leads.operations';
import * as leadOperations from '../../rep-portal/src/lead/lead.operations';
import * as queueOperations from '../../rep-portal/src/queue/queue.operations';
import * as teamOperations from '../../rep-portal/src/team/team.operations';

// The schema printed from the API by `npm run schema:generate`. ACCORD_SCHEMA_FILE points the test
// at another SDL file, such as a contract draft, before the API exists.
const SCHEMA_FILE =
  process.env.ACCORD_SCHEMA_FILE ?? path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

const operationModules: Record<string, Record<string, unknown>> = {
  'portal-kit sign-in': signInOperations,
  'rep-portal queue': queueOperations,
  'rep-portal lead': leadOperations,
  'rep-portal team': teamOperations,
  'admin-portal governance': governanceOperations,
  'admin-portal leads': adminLeadOperations,
  'admin-portal import': importOperations,
};

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
}

const documents = Object.entries(operationModules).flatMap(([moduleName, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, DocumentNode] => isDocument(entry[1]))
    .map(([exportName, document]) => [`${moduleName} ${exportName}`, document] as const),
);

describe('portal GraphQL operations', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

  it('are all collected', () => {
    expect(documents.map(([name]) => name).sort()).toEqual([
      'portal-kit sign-in SIGN_IN',
      'portal-kit sign-in REFRESH_SESSION',
      'portal-kit sign-in SIGN_OUT',
      'rep-portal queue MY_QUEUE',
      'rep-portal lead LEAD',
      'rep-portal lead ACCEPT_LEAD',
      'rep-portal lead REJECT_LEAD',
      'rep-portal lead REJECT_REASONS',
      'rep-portal team TEAM_LEADS',
      'admin-portal governance ACTIVE_GOVERNANCE',
      'admin-portal leads LEADS',
      'admin-portal import IMPORT_LEADS',
      'admin-portal import IMPORT_JOB',
    ].sort());
  });

  it.each(documents)('%s validates against the schema', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
