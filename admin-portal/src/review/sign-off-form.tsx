import { formatInstant, useToasts } from '@accord/portal-kit';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useIsAdmin } from '../common/use-is-admin';
import { strings } from '../strings';
import { GOVERNANCE_REVIEWS, SIGN_OFF_GOVERNANCE_REVIEW, type GovernanceReviewDetail } from './review.operations';

const labels = strings.reviews;

/** Maximum comment length the API accepts, in characters after trimming. */
const MAX_COMMENT_LENGTH = 2_000;

/** Shows who signed a review off and why, or the sign-off form for an admin. */
export function SignOffForm({ review }: { review: GovernanceReviewDetail }) {
  const isAdmin = useIsAdmin();
  const toasts = useToasts();
  const [comment, setComment] = useState('');
  const [signOff, { loading }] = useMutation(SIGN_OFF_GOVERNANCE_REVIEW, { refetchQueries: [GOVERNANCE_REVIEWS] });
  const length = comment.trim().length;
  const valid = length >= 1 && length <= MAX_COMMENT_LENGTH;

  if (review.status === 'SIGNED_OFF') {
    return (
      <section className="card" aria-label={labels.signOffHeading}>
        <h2>{labels.signOffHeading}</h2>
        <p>{labels.signedOff(review.signedOffBy?.name ?? labels.unknownUser, review.signedOffAt === null ? '' : formatInstant(review.signedOffAt))}</p>
        <blockquote>{review.signOffComment}</blockquote>
      </section>
    );
  }

  if (!isAdmin) {
    return <p className="card empty">{labels.signOffAdminsOnly}</p>;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    try {
      await signOff({ variables: { id: review.id, comment } });
      toasts.success(labels.signOffDone);
    } catch (error) {
      toasts.error(error, { title: labels.signOffFailed });
    }
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} aria-label={labels.signOffHeading}>
      <h2>{labels.signOffHeading}</h2>
      <label className="field">
        <span>{labels.comment}</span>
        <textarea value={comment} rows={4} maxLength={MAX_COMMENT_LENGTH + 200} onChange={(event) => setComment(event.target.value)} />
        <span className="field-hint">{length > MAX_COMMENT_LENGTH ? labels.commentRange : labels.commentHint}</span>
      </label>
      <button type="submit" className="button primary" disabled={loading || !valid}>
        {loading ? labels.signingOff : labels.signOffButton}
      </button>
    </form>
  );
}
