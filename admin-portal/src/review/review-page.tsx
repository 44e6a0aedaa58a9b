import { ErrorDisplay, formatInstant, Link, useKitStrings } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useCanEditGovernance } from '../common/use-is-admin';
import { strings } from '../strings';
import { CalibrationSection, KpiSection, RejectionSection, SlaSection, StuckLeadSection } from './review-pack-sections';
import { SignOffForm } from './sign-off-form';
import { GOVERNANCE_REVIEW } from './review.operations';

const labels = strings.reviews;

/** Shows one monthly review: the pack section by section, then its sign-off. */
export function ReviewPage({ id }: { id: string }) {
  const kitStrings = useKitStrings();
  const canRead = useCanEditGovernance();
  const { data, error, loading } = useQuery(GOVERNANCE_REVIEW, { variables: { id }, skip: !canRead });
  const review = data?.governanceReview;
  const pack = review?.pack;

  return (
    <>
      <p>
        <Link to="/governance/reviews">{labels.back}</Link>
      </p>
      {!canRead && <p className="card empty">{labels.forbidden}</p>}
      <ErrorDisplay error={error} />
      {loading && <p className="muted">{kitStrings.loading}</p>}

      {review !== undefined && pack !== undefined && (
        <>
          <div className="page-header">
            <div>
              <h1>{labels.detailHeading(review.month)}</h1>
              <p className="muted">{labels.compiledAt(formatInstant(review.compiledAt), pack.timeZone)}</p>
              <p className="muted small">{labels.calendarSource(pack.calendarSource)}</p>
              {pack.kpiPendingChanges > 0 && <p className="muted small">{labels.pendingChanges(pack.kpiPendingChanges)}</p>}
            </div>
            <span className={`badge ${review.status === 'SIGNED_OFF' ? 'ok' : 'warn'}`}>{labels.status[review.status]}</span>
          </div>

          <KpiSection pack={pack} />
          <SlaSection pack={pack} />
          <RejectionSection pack={pack} />
          <StuckLeadSection pack={pack} />
          <CalibrationSection pack={pack} />
          <SignOffForm review={review} />
        </>
      )}
    </>
  );
}
