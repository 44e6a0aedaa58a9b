import { createDataSource, createLogger, loadConfig, startKpiRefreshLoop, type KpiRefreshLoop } from '@accord/db';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';

import { describeErrorForLog } from './errors/log-internal-errors';
import { failInterruptedImports } from './import/fail-interrupted-imports';
import { createTemporalLeadLifecycle, type LeadLifecycleGateway } from './lead/lead-lifecycle.gateway';
import { reconcileLeadLifecycles } from './lead/reconcile-lead-lifecycles';
import { createApiServer, type ApiServer } from './server';

const logger = createLogger('api-main');

interface Resources {
  dataSource?: DataSource;
  connection?: Connection;
  server?: ApiServer;
  /** The background reconciliation of lead lifecycles, aborted at stop. */
  reconciliation?: { controller: AbortController; done: Promise<void> };
  kpiRefresh?: KpiRefreshLoop;
}

/** Closes whatever was opened, newest first. The API server waits for running imports to record where they stopped. */
async function closeResources(resources: Resources): Promise<void> {
  resources.reconciliation?.controller.abort();
  await resources.reconciliation?.done;
  await resources.kpiRefresh?.stop();
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
    await failInterruptedImports(resources.dataSource, createLogger('lead-import'));

    resources.connection = await Connection.connect({ address: config.temporalAddress });
    const temporalClient = new Client({ connection: resources.connection, namespace: config.temporalNamespace });

    resources.server = await createApiServer({ config, dataSource: resources.dataSource, temporalClient, host: config.httpHost });
    resources.reconciliation = startReconciliation(resources.dataSource, createTemporalLeadLifecycle(temporalClient));
    if (config.kpiRefreshIntervalSeconds > 0) {
      resources.kpiRefresh = startKpiRefreshLoop(resources.dataSource, {
        intervalMs: config.kpiRefreshIntervalSeconds * 1000,
        logger: createLogger('kpi-refresh'),
      });
    }
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

/**
 * Starts the lifecycle of every open lead in the background, so that leads an interrupted import or
 * a crash left without a workflow get one. Requests are served meanwhile.
 */
function startReconciliation(dataSource: DataSource, lifecycle: LeadLifecycleGateway): Resources['reconciliation'] {
  const controller = new AbortController();
  const reconcileLogger = createLogger('lead-reconcile');
  const done = reconcileLeadLifecycles(dataSource, lifecycle, reconcileLogger, controller.signal).then(
    () => undefined,
    (error: unknown) => {
      reconcileLogger.error({ err: describeErrorForLog(error) }, 'Lead lifecycle reconciliation failed.');
    },
  );

  return { controller, done };
}

main().catch((error: unknown) => {
  logger.error({ err: describeErrorForLog(error) }, 'API process failed to start.');
  process.exitCode = 1;
});
