import { navigate, useToasts } from '@accord/portal-kit';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { strings } from '../strings';
import { GOVERNANCE_REVIEWS, RUN_GOVERNANCE_REVIEW, reviewPath } from './review.operations';

const labels = strings.reviews;

/** The month before the current one in UTC, `YYYY-MM`: the month a run on the 1st would review. */
function lastMonth(): string {
  const now = new Date();
  const previous = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));

  return previous.toISOString().slice(0, 7);
}

/** Admins run the review of a month now; the result opens when the run finishes within the API's wait. */
export function RunReviewForm() {
  const toasts = useToasts();
  const [month, setMonth] = useState(lastMonth);
  const [run, { loading }] = useMutation(RUN_GOVERNANCE_REVIEW, { refetchQueries: [GOVERNANCE_REVIEWS] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = (await run({ variables: { month } })).data?.runGovernanceReview;
      if (result === undefined) return;

      if (result.outcome === null || result.review === null) {
        toasts.success(labels.runStillGoing(result.month));

        return;
      }
      toasts.success(result.outcome === 'COMPILED' ? labels.runCompiled(result.month) : labels.runAlreadyStored(result.month));
      navigate(reviewPath(result.review.id));
    } catch (error) {
      toasts.error(error, { title: labels.runFailed });
    }
  };

  return (
    <form className="card picker-form" onSubmit={(event) => void submit(event)} aria-label={labels.runHeading}>
      <h2>{labels.runHeading}</h2>
      <label className="field">
        <span>{labels.runMonth}</span>
        <input type="month" value={month} required onChange={(event) => setMonth(event.target.value)} />
        <span className="field-hint">{labels.runHint}</span>
      </label>
      <button type="submit" className="button primary" disabled={loading || month === ''}>
        {loading ? labels.running : labels.runButton}
      </button>
    </form>
  );
}
