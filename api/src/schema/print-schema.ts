import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { SCHEMA_FILE, buildApiSchema, printApiSchema } from './build-schema';

async function main(): Promise<void> {
  const schema = await buildApiSchema();
  writeFileSync(SCHEMA_FILE, printApiSchema(schema));
  process.stdout.write(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Schema generation failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
