import { ErrorDisplay, formatInstant, Link, useKitStrings } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useCanEditGovernance, useIsAdmin } from '../common/use-is-admin';
import { strings } from '../strings';
import { RunReviewForm } from './run-review-form';
import { GOVERNANCE_REVIEWS, reviewPath } from './review.operations';

const labels = strings.reviews;

/** The monthly reviews, newest month first, with a form for admins to run one now. */
export function ReviewsPage() {
  const kitStrings = useKitStrings();
  const canRead = useCanEditGovernance();
  const isAdmin = useIsAdmin();
  const { data, error, loading } = useQuery(GOVERNANCE_REVIEWS, { skip: !canRead, fetchPolicy: 'cache-and-network' });
  const reviews = data?.governanceReviews ?? [];

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{labels.heading}</h1>
          <p className="muted">{labels.intro}</p>
        </div>
      </div>

      {!canRead && <p className="card empty">{labels.forbidden}</p>}
      {isAdmin && <RunReviewForm />}

      <ErrorDisplay error={error} />
      {loading && data === undefined && <p className="muted">{kitStrings.loading}</p>}
      {canRead && data !== undefined && reviews.length === 0 && <p className="card empty">{labels.empty}</p>}
      {reviews.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{labels.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.columns.month}</th>
                <th scope="col">{labels.columns.status}</th>
                <th scope="col">{labels.columns.compiledAt}</th>
                <th scope="col">{labels.columns.signedOffBy}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((review) => (
                <tr key={review.id}>
                  <th scope="row">
                    <Link to={reviewPath(review.id)} aria-label={labels.open(review.month)}>
                      {review.month}
                    </Link>
                  </th>
                  <td>
                    <span className={`badge ${review.status === 'SIGNED_OFF' ? 'ok' : 'warn'}`}>{labels.status[review.status]}</span>
                  </td>
                  <td>{formatInstant(review.compiledAt)}</td>
                  <td>
                    {review.status === 'SIGNED_OFF'
                      ? `${review.signedOffBy?.name ?? labels.unknownUser}, ${review.signedOffAt === null ? '' : formatInstant(review.signedOffAt)}`
                      : labels.notAvailable}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
