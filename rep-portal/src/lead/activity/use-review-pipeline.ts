import { useCallback } from 'react';
import type { LeadDetail } from '../lead.operations';
import { withPipelineReview } from './build-optimistic-activity';
import { REVIEW_PIPELINE } from './lead-activity.operations';
import { useLeadMutation, type LeadMutationState } from './use-lead-mutation';

/** Record the weekly pipeline review of an opportunity. The server's lead carries the next review's deadline in `slaDueAt`. */
export function useReviewPipeline(lead: LeadDetail): {
  state: LeadMutationState;
  review(note: string | null): Promise<LeadDetail | null>;
  reset(): void;
} {
  const { state, run, reset } = useLeadMutation(REVIEW_PIPELINE, 'reviewPipeline');

  const review = useCallback((note: string | null) => run({ id: lead.id, note }, withPipelineReview(lead)), [lead, run]);

  return { state, review, reset };
}
