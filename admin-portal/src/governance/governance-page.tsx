import { ErrorDisplay, formatInstant, Link, useKitStrings } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { strings } from '../strings';
import type { GovernanceStatus } from '../versions/governance-versions.operations';
import { ACTIVE_GOVERNANCE } from './governance.operations';
import { MotionTable } from './motion-table';
import { ReasonCodeTable } from './reason-code-table';
import { StageTable } from './stage-table';

/** Show the active governance version: stage contracts, reason codes and motion thresholds. */
export function GovernancePage() {
  const kitStrings = useKitStrings();
  const { data, error, loading } = useQuery(ACTIVE_GOVERNANCE);
  const governance = data?.activeGovernance;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{strings.governance.heading}</h1>
          {governance !== undefined && (
            <p className="muted">
              {strings.governance.versionSummary(governance.version, statusLabel(governance.status))} ·{' '}
              {governance.publishedAt === null
                ? strings.governance.notPublished
                : strings.governance.publishedAt(formatInstant(governance.publishedAt))}
            </p>
          )}
        </div>
        <Link to="/governance/versions" className="button">
          {strings.governance.manageVersions}
        </Link>
      </div>

      <ErrorDisplay error={error} />
      {loading && governance === undefined && <p className="muted">{kitStrings.loading}</p>}

      {governance !== undefined && (
        <>
          <StageTable stages={governance.stages} />
          <div className="section governance-columns">
            <ReasonCodeTable reasonCodes={governance.reasonCodes} />
            <MotionTable motions={governance.motions} />
          </div>
        </>
      )}
    </>
  );
}

function statusLabel(status: string): string {
  return Object.hasOwn(strings.governanceStatus, status) ? strings.governanceStatus[status as GovernanceStatus] : status;
}
