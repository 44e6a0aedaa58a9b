import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type LogLevel, type Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { type GovernanceModel } from '@accord/governance';
import { seedDemo, UserEntity, type SeedResult } from '@accord/db';
import { createLeadWorker } from '@accord/workflows/worker';
import { bundleLeadWorkflows } from '@accord/workflows/bundle';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

let bundle: Promise<WorkflowBundleWithSourceMap> | null = null;
let runtimeInstalled = false;

/** The SDK logs every worker state change at INFO; tests keep its warnings and errors unless LOG_LEVEL asks for more. */
function sdkLogLevel(): LogLevel {
  const level = (process.env.LOG_LEVEL ?? 'warn').toUpperCase();

  return ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR'].includes(level) ? (level as LogLevel) : 'WARN';
}

export function installQuietRuntime(): void {
  if (runtimeInstalled) {
    return;
  }
  Runtime.install({ logger: new DefaultLogger(sdkLogLevel()) });
  runtimeInstalled = true;
}

/** The workflow bundle, built once per test process because bundling takes seconds. */
export function sharedWorkflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleLeadWorkflows({ fromSources: true, logger: new DefaultLogger(sdkLogLevel()) });

  return bundle;
}

export function temporalAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (address === undefined || address === '') {
    throw new Error('TEMPORAL_ADDRESS is not set; run the tests with `npm test`, whose setup starts a Temporal dev server.');
  }

  return address;
}

/** Registers a namespace of its own for a test file, so no workflow of another file reaches its worker. */
async function registerNamespace(connection: Connection, namespace: string): Promise<void> {
  await connection.workflowService.registerNamespace({
    namespace,
    workflowExecutionRetentionPeriod: { seconds: 24 * 3600 },
  });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await connection.workflowService.describeNamespace({ namespace });

      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`namespace ${namespace} did not become available`);
}

export interface LifecycleStack {
  database: ThrowawayDatabase;
  namespace: string;
  client: Client;
  seed: SeedResult;
  worker(): Worker;
  /** Stops the worker as a crash would leave things (timers stay on the server), then starts a new one. */
  restartWorker(): Promise<void>;
  userByEmail(email: string): Promise<UserEntity>;
  stop(): Promise<void>;
}

/** A database, a seeded demo organisation, a Temporal namespace, a client and a running worker. */
export async function startLifecycleStack(
  label: string,
  options: { adjustModel?: (model: GovernanceModel) => GovernanceModel } = {},
): Promise<LifecycleStack> {
  installQuietRuntime();
  const database = await createThrowawayDatabase(label);
  const seed = await seedDemo(database.dataSource, options);
  const namespace = `accord-${label}-${randomBytes(3).toString('hex')}`;
  const connection = await Connection.connect({ address: temporalAddress() });
  await registerNamespace(connection, namespace);
  const client = new Client({ connection, namespace });
  const workerConnection = await NativeConnection.connect({ address: temporalAddress() });
  const workflowBundle = await sharedWorkflowBundle();

  let current: Worker;
  let running: Promise<void>;
  const start = async (): Promise<void> => {
    current = await createLeadWorker({ connection: workerConnection, namespace, dataSource: database.dataSource, workflowBundle });
    running = current.run();
  };
  const shutdown = async (): Promise<void> => {
    if (current.getState() === 'RUNNING') {
      current.shutdown();
    }
    await running;
  };
  await start();

  return {
    database,
    namespace,
    client,
    seed,
    worker: () => current,
    async restartWorker() {
      await shutdown();
      await start();
    },
    async userByEmail(email) {
      return database.dataSource.manager.findOneOrFail(UserEntity, { where: { email } });
    },
    async stop() {
      await shutdown();
      await workerConnection.close();
      await connection.close();
      await database.drop();
    },
  };
}
