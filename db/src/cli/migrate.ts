import { loadConfig } from '../config';
import { runMigrations } from '../data-source';
import { createLogger } from '../logger';

const logger = createLogger('migrate');

async function main(): Promise<void> {
  const config = loadConfig();
  logger.info('Migration run started.');
  const applied = await runMigrations(config.databaseUrl);
  logger.info({ applied }, `Migration run finished; ${applied.length} migration(s) applied.`);
}

main().catch((error: unknown) => {
  logger.error({ err: error }, 'Migration run failed.');
  process.exitCode = 1;
});
