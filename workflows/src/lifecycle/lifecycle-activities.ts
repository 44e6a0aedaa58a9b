import { proxyActivities } from '@temporalio/workflow';
import type { LeadActivities } from '../activities/create-activities';

/** The lifecycle's activities: 30 s per attempt, retried with backoff until they succeed. */
export const activities = proxyActivities<LeadActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});
