import { loadConfig } from '../config';
import { createDataSource } from '../data-source';
import { createLogger } from '../logger';
import { DEMO_PASSWORD } from '../seed/demo-organisation';
import { seedDemo } from '../seed/seed-demo';

const logger = createLogger('seed');

/** DEMO_SLA_MINUTES: optional acceptance SLA of the demo, in minutes of round-the-clock time (1 to 480). */
function readDemoSlaMinutes(): number | undefined {
  const raw = process.env.DEMO_SLA_MINUTES;
  if (raw === undefined || raw === '') {
    return undefined;
  }
  const minutes = Number(raw);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 480) {
    throw new Error(`DEMO_SLA_MINUTES "${raw}" is invalid; set a whole number of minutes from 1 to 480, or leave it unset.`);
  }

  return minutes;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const demoSlaMinutes = readDemoSlaMinutes();
  const dataSource = createDataSource(config.databaseUrl, { poolSize: 2 });
  await dataSource.initialize();
  try {
    logger.info('Demo seed started.');
    const result = await seedDemo(dataSource, { demoSlaMinutes });
    logger.info({ publishedVersion: result.publishedVersion }, 'Demo seed finished.');
    if (demoSlaMinutes !== undefined && result.publishedVersion === null) {
      console.log('DEMO_SLA_MINUTES was ignored: a governance version was already published in this database.');
    } else if (demoSlaMinutes !== undefined) {
      console.log(`Demo drill: leads must be accepted within ${demoSlaMinutes} minute(s), round the clock.`);
    }

    console.log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    const roleWidth = Math.max(...result.signIns.map((signIn) => signIn.role.length));
    for (const signIn of result.signIns) {
      console.log(`  ${signIn.role.padEnd(roleWidth)}  ${signIn.email}${signIn.team ? `  (${signIn.team})` : ''}`);
    }
    console.log('Demo partner API key (Northwind, demo data only; send it as "Authorization: Bearer <key>"):');
    console.log(`  ${result.partnerApiKey}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  logger.error({ err: error }, 'Demo seed failed.');
  process.exitCode = 1;
});
