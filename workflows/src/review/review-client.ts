import type { Client } from '@temporalio/client';

import { LEAD_TASK_QUEUE } from '../shared';
import {
  GOVERNANCE_REVIEW_WORKFLOW,
  governanceReviewWorkflowId,
  type GovernanceReviewInput,
  type GovernanceReviewResult,
} from './review-contract';

/** How long `runGovernanceReviewNow` waits for the run to finish before it returns without a result. */
export const REVIEW_RUN_WAIT_MS = 30_000;

export interface GovernanceReviewRun {
  workflowId: string;
  /** Null when the run did not finish within the wait; it goes on and stores the pack later. */
  result: GovernanceReviewResult | null;
}

/**
 * Starts the review of `month` now and waits up to `waitMs` for it. A second request while a run for
 * the month is open joins that run. A request after it finished starts a new run, which finds the
 * stored pack and changes nothing.
 */
export async function runGovernanceReviewNow(
  client: Client,
  month: string,
  requestedBy: string,
  waitMs: number = REVIEW_RUN_WAIT_MS,
): Promise<GovernanceReviewRun> {
  const workflowId = governanceReviewWorkflowId(month);
  const input: GovernanceReviewInput = { trigger: 'ON_DEMAND', month, requestedBy };
  const handle = await client.workflow.start(GOVERNANCE_REVIEW_WORKFLOW, {
    taskQueue: LEAD_TASK_QUEUE,
    workflowId,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs);
  });
  try {
    const result = await Promise.race([handle.result() as Promise<GovernanceReviewResult>, timedOut]);

    return { workflowId, result };
  } finally {
    clearTimeout(timer);
  }
}
