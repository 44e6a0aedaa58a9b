import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import * as leadActionOperations from '../../rep-portal/src/lead/lead-actions.operations';

// The schema that `npm run schema:generate` prints from the API. portal-operations.test.ts checks the
// other rep portal operation modules against the same file.
const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
}

const documents = Object.entries(leadActionOperations).filter((entry): entry is [string, DocumentNode] => isDocument(entry[1]));

describe('rep portal lead action operations', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

  it('are all collected', () => {
    expect(documents.map(([name]) => name).sort()).toEqual(
      [
        'CONVERT_LEAD',
        'DISQUALIFY_LEAD',
        'DISQUALIFY_REASONS',
        'LOSE_OPPORTUNITY',
        'LOST_REASONS',
        'QUALIFY_LEAD',
        'RECYCLE_LEAD',
        'RECYCLE_REASONS',
        'STAGE_REQUIREMENTS',
        'WIN_OPPORTUNITY',
      ].sort(),
    );
  });

  it.each(documents)('%s validates against the schema', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
