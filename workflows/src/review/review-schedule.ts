import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client, type ScheduleOptions } from '@temporalio/client';

import { LEAD_TASK_QUEUE } from '../shared';
import { GOVERNANCE_REVIEW_SCHEDULE_ID, GOVERNANCE_REVIEW_WORKFLOW, type GovernanceReviewInput } from './review-contract';

/**
 * Actions missed while the Temporal server was down still run when they are at most this late. The
 * review is daily on days 1 to 4, so a run later than an hour is left to the next day's run, which
 * compiles when that day is the first business day, or to an on-demand run.
 */
export const REVIEW_CATCHUP_WINDOW = '1 hour';

/**
 * Builds the schedule: daily at 07:00 UTC on days 1 to 4 of every month, one run at a time.
 * NOTE: a month whose first business day on the review calendar falls after the 4th gets no
 * scheduled pack, for example when Monday the 4th is a holiday (the date is read in the calendar's
 * zone at 07:00 UTC). An admin then runs that month with runGovernanceReview.
 */
export function governanceReviewScheduleOptions(taskQueue: string = LEAD_TASK_QUEUE): ScheduleOptions {
  const input: GovernanceReviewInput = { trigger: 'SCHEDULE' };

  return {
    scheduleId: GOVERNANCE_REVIEW_SCHEDULE_ID,
    spec: {
      calendars: [{ comment: 'first business day check', hour: 7, minute: 0, dayOfMonth: { start: 1, end: 4 } }],
      timezone: 'UTC',
    },
    action: {
      type: 'startWorkflow',
      workflowType: GOVERNANCE_REVIEW_WORKFLOW,
      workflowId: GOVERNANCE_REVIEW_SCHEDULE_ID,
      taskQueue,
      args: [input],
    },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: REVIEW_CATCHUP_WINDOW },
  };
}

/**
 * Creates the review schedule, or brings an existing one in line with the current definition, so
 * every worker start leaves exactly one schedule `governance-monthly-review`. Returns which it did.
 */
export async function ensureGovernanceReviewSchedule(client: Client, taskQueue?: string): Promise<'CREATED' | 'UPDATED'> {
  const options = governanceReviewScheduleOptions(taskQueue);
  try {
    await client.schedule.create(options);

    return 'CREATED';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) {
      throw error;
    }
  }

  // The state (paused or not, with its note) is kept, so an operator's pause survives a worker restart.
  await client.schedule.getHandle(options.scheduleId).update((previous) => ({
    spec: options.spec,
    action: options.action,
    policies: { ...previous.policies, ...options.policies },
    state: { paused: previous.state.paused, note: previous.state.note },
  }));

  return 'UPDATED';
}
