import type { Client } from '@temporalio/client';
import { runGovernanceReviewNow, type GovernanceReviewRun as WorkflowRun } from '@accord/workflows';

import { AccordError, AccordErrorCode } from '../errors/accord-error';

/** Starts on-demand review runs. Services depend on this interface so tests can run without Temporal. */
export interface GovernanceReviewGateway {
  run(month: string, requestedBy: string): Promise<WorkflowRun>;
}

export function createTemporalGovernanceReviewGateway(client: Client): GovernanceReviewGateway {
  return { run: (month, requestedBy) => runGovernanceReviewNow(client, month, requestedBy) };
}

/** The gateway of an API process without a Temporal client, such as the command-line import. */
export const UNAVAILABLE_REVIEW_GATEWAY: GovernanceReviewGateway = {
  run: () => Promise.reject(new AccordError(AccordErrorCode.ServiceUnavailable, 'This process has no Temporal client, so it cannot run the review.')),
};
