import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createActivities } from './activities/create-activities';
import { createReviewActivities } from './activities/review/create-review-activities';
import { LEAD_TASK_QUEUE } from './shared';

export interface CreateLeadWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  dataSource: DataSource;
  /** A prebuilt workflow bundle (tests build one and share it); otherwise the worker bundles at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  taskQueue?: string;
  /** GOVERNANCE_REVIEW_CALENDAR: the calendar key that decides the monthly review's first business day; null for the first team's. */
  reviewCalendarKey?: string | null;
}

/** Path of the module that exports the workflows, for bundling (TypeScript source in tests, JavaScript in builds). */
export const WORKFLOWS_PATH = require.resolve('./workflows');

export async function createLeadWorker(options: CreateLeadWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue ?? LEAD_TASK_QUEUE,
    activities: {
      ...createActivities({ dataSource: options.dataSource }),
      ...createReviewActivities({ dataSource: options.dataSource, reviewCalendarKey: options.reviewCalendarKey ?? null }),
    },
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
  });
}
