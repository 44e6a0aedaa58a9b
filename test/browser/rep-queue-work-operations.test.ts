import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import * as leadActivityOperations from '../../rep-portal/src/lead/activity/lead-activity.operations';
import * as notificationOperations from '../../rep-portal/src/notifications/notifications.operations';
import * as teamWorkOperations from '../../rep-portal/src/team/team-work.operations';

// The schema that `npm run schema:generate` prints from the API. ACCORD_SCHEMA_FILE points the test at
// another SDL file, such as a contract draft, before the API implements it.
const SCHEMA_FILE = process.env.ACCORD_SCHEMA_FILE ?? path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

const operationModules: Record<string, Record<string, unknown>> = {
  'lead activity': leadActivityOperations,
  notifications: notificationOperations,
  'team work': teamWorkOperations,
};

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
}

const documents = Object.entries(operationModules).flatMap(([moduleName, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, DocumentNode] => isDocument(entry[1]))
    .map(([exportName, document]) => [`${moduleName} ${exportName}`, document] as const),
);

describe('rep portal queue work operations', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

  it('are all collected', () => {
    expect(documents.map(([name]) => name).sort()).toEqual(
      [
        'lead activity ADD_LEAD_NOTE',
        'lead activity LOG_CONTACT_ATTEMPT',
        'lead activity PAUSE_SLA',
        'lead activity RESUME_SLA',
        'lead activity REVIEW_PIPELINE',
        'lead activity UPDATE_LEAD',
        'notifications MARK_NOTIFICATIONS_READ',
        'notifications NOTIFICATIONS',
        'team work REASSIGN_LEAD',
        'team work TEAM_BREACHES',
        'team work TEAM_MEMBERS',
      ].sort(),
    );
  });

  it.each(documents)('%s validates against the schema', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
