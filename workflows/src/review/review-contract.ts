/**
 * The contract between the API, the worker and the monthly governance review workflow: workflow type,
 * ids, the schedule id and the payloads. Nothing here may import workflow or activity code.
 */
import type { BusinessCalendar } from '@accord/governance';

/** Workflow type name of the monthly review, as registered by the worker. */
export const GOVERNANCE_REVIEW_WORKFLOW = 'governanceReviewWorkflow';

/** Id of the Temporal Schedule that starts the review; its runs get ids `governance-monthly-review-<time>`. */
export const GOVERNANCE_REVIEW_SCHEDULE_ID = 'governance-monthly-review';

/** Workflow id of an on-demand run for one month, so two requests for a month share one run. */
export function governanceReviewWorkflowId(month: string): string {
  return `governance-review-${month}`;
}

/**
 * A scheduled run carries no month: it reads the date of its scheduled start on the review calendar
 * and compiles the previous month only on the first business day. An on-demand run names its month
 * and compiles it on any day.
 */
export type GovernanceReviewInput = { trigger: 'SCHEDULE' } | { trigger: 'ON_DEMAND'; month: string; requestedBy: string };

export type GovernanceReviewOutcome =
  /** The pack was compiled and stored by this run. */
  | 'COMPILED'
  /** A pack for the month was already stored, so this run changed nothing and added no notification. */
  | 'ALREADY_STORED'
  /** A scheduled run on a day that is not the first business day of its month. */
  | 'NOT_FIRST_BUSINESS_DAY';

export interface GovernanceReviewResult {
  outcome: GovernanceReviewOutcome;
  /** The reviewed month, `YYYY-MM`; null when the run compiled nothing. */
  month: string | null;
  reviewId: string | null;
  /** The date the decision was made for, in the review calendar's time zone, `YYYY-MM-DD`. */
  localDate: string;
  /** Admins notified by this run. */
  notified: number;
}

/** The calendar that decides the first business day, with where it came from for logs and the pack. */
export interface ReviewCalendarChoice {
  calendar: BusinessCalendar;
  /** Such as `config GOVERNANCE_REVIEW_CALENDAR "business-hours-berlin"` or `team sales-emea`. */
  source: string;
}
