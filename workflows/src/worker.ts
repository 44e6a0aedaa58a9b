import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createActivities } from './activities/create-activities';
import { LEAD_TASK_QUEUE } from './shared';

export interface CreateLeadWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  dataSource: DataSource;
  /** A prebuilt workflow bundle (tests build one and share it); otherwise the worker bundles at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  taskQueue?: string;
}

/** Path of the module that exports the workflows, for bundling (TypeScript source in tests, JavaScript in builds). */
export const WORKFLOWS_PATH = require.resolve('./workflows');

export async function createLeadWorker(options: CreateLeadWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue ?? LEAD_TASK_QUEUE,
    activities: createActivities({ dataSource: options.dataSource }),
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
  });
}
