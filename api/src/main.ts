import { createDataSource, createLogger, loadConfig } from '@accord/db';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';

import { describeErrorForLog } from './errors/log-internal-errors';
import { createApiServer, type ApiServer } from './server';

const logger = createLogger('api-main');

interface Resources {
  dataSource?: DataSource;
  connection?: Connection;
  server?: ApiServer;
}

/** Closes whatever was opened, newest first. The API server waits for running imports to record where they stopped. */
async function closeResources(resources: Resources): Promise<void> {
  await resources.server?.stop();
  await resources.connection?.close();
  if (resources.dataSource?.isInitialized) {
    await resources.dataSource.destroy();
  }
}

/** Starts the API process: PostgreSQL, Temporal, then the HTTP server. SIGINT or SIGTERM stops them in reverse. */
async function main(): Promise<void> {
  const config = loadConfig();
  const resources: Resources = {};

  try {
    resources.dataSource = createDataSource(config.databaseUrl);
    await resources.dataSource.initialize();

    resources.connection = await Connection.connect({ address: config.temporalAddress });
    const temporalClient = new Client({ connection: resources.connection, namespace: config.temporalNamespace });

    resources.server = await createApiServer({ config, dataSource: resources.dataSource, temporalClient, host: config.httpHost });
  } catch (error) {
    await closeResources(resources).catch(() => undefined);
    throw error;
  }

  logger.info({ url: resources.server.url, temporalAddress: config.temporalAddress }, 'API process started.');

  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ signal }, 'API process stopping.');

    try {
      await closeResources(resources);
      logger.info('API process stopped.');
    } catch (error) {
      logger.error({ err: describeErrorForLog(error) }, 'API process did not stop cleanly.');
      process.exitCode = 1;
    }
  };

  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  logger.error({ err: describeErrorForLog(error) }, 'API process failed to start.');
  process.exitCode = 1;
});
