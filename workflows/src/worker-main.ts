import { NativeConnection } from '@temporalio/worker';
import { createDataSource, createLogger, loadConfig } from '@accord/db';
import { createLeadWorker } from './worker';
import { LEAD_TASK_QUEUE } from './shared';

const logger = createLogger('worker');

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource(config.databaseUrl);
  await dataSource.initialize();
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  const worker = await createLeadWorker({ connection, namespace: config.temporalNamespace, dataSource });

  logger.info({ taskQueue: LEAD_TASK_QUEUE, namespace: config.temporalNamespace }, 'Worker started.');
  try {
    await worker.run();
  } finally {
    await connection.close();
    await dataSource.destroy();
    logger.info('Worker stopped.');
  }
}

main().catch((error: unknown) => {
  logger.error({ err: error }, 'Worker failed.');
  process.exitCode = 1;
});
