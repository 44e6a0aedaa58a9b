import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { ApplicationFailure, log, proxyActivities, workflowInfo } from '@temporalio/workflow';
import { checkFirstBusinessDay, checkMonth, previousMonth } from '@accord/governance';

import type { ReviewActivities } from '../activities/review/create-review-activities';
import type { GovernanceReviewInput, GovernanceReviewResult } from './review-contract';

/** Set by the Temporal server on every workflow a schedule starts: the action's scheduled (or trigger) time. */
const SCHEDULED_START_TIME = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

const quick = proxyActivities<ReviewActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2, maximumAttempts: 10 },
});

/** Compiling reads every KPI table and fits the calibration models, so one attempt may take minutes. */
const compile = proxyActivities<ReviewActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '5 minutes', backoffCoefficient: 2, maximumAttempts: 5 },
});

/** Returns the instant the run decides for: the scheduled time for scheduled runs, else the start time. */
function decisionInstant(): Date {
  const info = workflowInfo();

  return info.typedSearchAttributes.get(SCHEDULED_START_TIME) ?? info.startTime;
}

/**
 * Runs a pure check and turns its error into a failure of the workflow. An error thrown in workflow
 * code would otherwise fail the workflow task, which Temporal retries without end.
 */
function failOnError<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw ApplicationFailure.nonRetryable(error instanceof Error ? error.message : String(error), 'InvalidReviewInput');
  }
}

/**
 * Compiles the monthly governance review. A scheduled run (daily at 07:00 UTC on days 1 to 4) reads
 * its date on the review calendar. On the first business day of the month it compiles the previous
 * month, and on other days it ends without a pack. An on-demand run compiles its month on any day.
 * The pack is stored once per month, and every active admin is notified once per month.
 */
export async function governanceReviewWorkflow(input: GovernanceReviewInput): Promise<GovernanceReviewResult> {
  const choice = await quick.loadReviewCalendar();
  const instant = decisionInstant();
  const check = failOnError(() => checkFirstBusinessDay(instant.toISOString(), choice.calendar));

  let month: string;
  if (input.trigger === 'ON_DEMAND') {
    failOnError(() => checkMonth(input.month));
    month = input.month;
  } else if (check.isFirstBusinessDay) {
    month = previousMonth(check.localDate.slice(0, 7));
  } else {
    log.info('Not the first business day of the month; no review compiled.', {
      localDate: check.localDate,
      firstBusinessDay: check.firstBusinessDay,
      calendar: choice.source,
    });

    return { outcome: 'NOT_FIRST_BUSINESS_DAY', month: null, reviewId: null, localDate: check.localDate, notified: 0 };
  }

  const stored = await compile.storeGovernanceReview({ month, timeZone: choice.calendar.timeZone, calendarSource: choice.source });
  const notified = await quick.notifyAdminsOfReview({ month });
  log.info('Governance review finished.', { month, reviewId: stored.reviewId, created: stored.created, notified });

  return {
    outcome: stored.created ? 'COMPILED' : 'ALREADY_STORED',
    month,
    reviewId: stored.reviewId,
    localDate: check.localDate,
    notified,
  };
}
