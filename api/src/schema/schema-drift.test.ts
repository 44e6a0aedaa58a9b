import { readFileSync } from 'node:fs';

import { SCHEMA_FILE, buildApiSchema, printApiSchema } from './build-schema';

describe('schema/schema.graphql', () => {
  it('matches the schema built from the resolvers', async () => {
    const built = printApiSchema(await buildApiSchema());
    const committed = readFileSync(SCHEMA_FILE, 'utf8');

    if (committed !== built) {
      throw new Error(
        'schema/schema.graphql differs from the schema built from api/src. Run `npm run schema:generate` and commit the file.',
      );
    }
  });
});
