import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { createDataSource, createLogger, loadConfig } from '@accord/db';
import { createLeadWorker } from './worker';
import { ensureGovernanceReviewSchedule } from './review/review-schedule';
import { GOVERNANCE_REVIEW_SCHEDULE_ID } from './review/review-contract';
import { LEAD_TASK_QUEUE } from './shared';

const logger = createLogger('worker');

/** Creates or updates the monthly review schedule; every worker start runs it, so `npm start` does too. */
async function ensureReviewSchedule(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    const outcome = await ensureGovernanceReviewSchedule(new Client({ connection, namespace }));
    logger.info({ scheduleId: GOVERNANCE_REVIEW_SCHEDULE_ID, outcome, namespace }, 'Governance review schedule is in place.');
  } finally {
    await connection.close();
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource(config.databaseUrl);
  await dataSource.initialize();
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  const worker = await createLeadWorker({
    connection,
    namespace: config.temporalNamespace,
    dataSource,
    reviewCalendarKey: config.governanceReviewCalendarKey,
  });
  await ensureReviewSchedule(config.temporalAddress, config.temporalNamespace);

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
