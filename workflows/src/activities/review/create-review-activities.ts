import type { DataSource } from 'typeorm';
import { createLogger } from '@accord/db';
import { Context } from '@temporalio/activity';

import type { ReviewCalendarChoice } from '../../review/review-contract';
import { loadReviewCalendar } from './load-review-calendar';
import { notifyAdminsOfReview } from './notify-admins';
import { storeGovernanceReview, type StoredReview } from './store-governance-review';

const logger = createLogger('review-activities');

export interface ReviewActivityDeps {
  dataSource: DataSource;
  /** GOVERNANCE_REVIEW_CALENDAR: a calendar key of the published model, or null for the first team's. */
  reviewCalendarKey: string | null;
}

export interface StoreReviewInput {
  month: string;
  timeZone: string;
  calendarSource: string;
}

/** Creates the monthly review's activities. Each is safe to retry, because storing and notifying write once per month. */
export function createReviewActivities(deps: ReviewActivityDeps) {
  const { dataSource, reviewCalendarKey } = deps;

  return {
    async loadReviewCalendar(): Promise<ReviewCalendarChoice> {
      return loadReviewCalendar(dataSource, reviewCalendarKey);
    },

    async storeGovernanceReview(input: StoreReviewInput): Promise<StoredReview> {
      const attempt = Context.current().info.attempt;
      const stored = await storeGovernanceReview(dataSource, { ...input, now: new Date() });
      logger.info({ month: input.month, reviewId: stored.reviewId, created: stored.created, attempt }, 'Governance review stored.');

      return stored;
    },

    async notifyAdminsOfReview(input: { month: string }): Promise<number> {
      const added = await notifyAdminsOfReview(dataSource, { month: input.month, now: new Date() });
      logger.info({ month: input.month, added }, 'Admins notified of the governance review.');

      return added;
    },
  };
}

export type ReviewActivities = ReturnType<typeof createReviewActivities>;
