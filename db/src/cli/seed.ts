import { loadConfig } from '../config';
import { createDataSource } from '../data-source';
import { createLogger } from '../logger';
import { DEMO_PASSWORD } from '../seed/demo-organisation';
import { seedDemo } from '../seed/seed-demo';

const logger = createLogger('seed');

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource(config.databaseUrl, { poolSize: 2 });
  await dataSource.initialize();
  try {
    logger.info('Demo seed started.');
    const result = await seedDemo(dataSource);
    logger.info({ publishedVersion: result.publishedVersion }, 'Demo seed finished.');

    console.log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const signIn of result.signIns) {
      console.log(`  ${signIn.role.padEnd(8)} ${signIn.email}${signIn.team ? `  (${signIn.team})` : ''}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  logger.error({ err: error }, 'Demo seed failed.');
  process.exitCode = 1;
});
