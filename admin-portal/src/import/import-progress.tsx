import { ErrorDisplay, formatInstant, useKitStrings } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { strings } from '../strings';
import { IMPORT_JOB, IMPORT_PROBLEM_LIMIT } from './import.operations';
import { ImportProblemsTable } from './import-problems-table';

/** Polling interval while an import runs, because the API processes the rows in the background. */
const IMPORT_POLL_INTERVAL_MS = 1_000;

const labels = strings.import.job;

/** Poll an import job every second until it has `finishedAt`, then show its problem rows. */
export function ImportProgress({ jobId }: { jobId: string }) {
  const kitStrings = useKitStrings();
  const { data, error, stopPolling } = useQuery(IMPORT_JOB, {
    variables: { id: jobId, problemLimit: IMPORT_PROBLEM_LIMIT },
    pollInterval: IMPORT_POLL_INTERVAL_MS,
  });
  const job = data?.importJob;
  const finished = job?.finishedAt !== null && job?.finishedAt !== undefined;

  useEffect(() => {
    if (finished || job === null) stopPolling();
  }, [finished, job, stopPolling]);

  if (job === null) return <p role="alert" className="error-panel">{labels.notFound}</p>;

  return (
    <section className="card import-job" aria-labelledby="import-job-heading">
      <ErrorDisplay error={error} />
      {job === undefined && <p className="muted">{kitStrings.loading}</p>}

      {job !== undefined && (
        <>
          <h2 id="import-job-heading">{labels.heading(job.fileName)}</h2>
          {job.error !== null && (
            <p role="alert" className="error-panel">
              {labels.failed(job.error)}
            </p>
          )}

          <label className="field progress-field">
            <span>{labels.progressLabel}</span>
            <progress max={Math.max(job.rowsTotal, 1)} value={job.rowsDone} />
            <span className="progress-text" aria-live="polite">
              {labels.progress(job.rowsDone, job.rowsTotal)}
            </span>
          </label>

          <dl className="details">
            <dt>{labels.status}</dt>
            <dd>{labels.statusLabels[job.status] ?? job.status}</dd>
            <dt>{labels.preset}</dt>
            <dd>{job.preset}</dd>
            <dt>{labels.created}</dt>
            <dd>{job.rowsCreated}</dd>
            <dt>{labels.duplicate}</dt>
            <dd>{job.rowsDuplicate}</dd>
            <dt>{labels.invalid}</dt>
            <dd>{job.rowsInvalid}</dd>
            <dt>{labels.startedAt}</dt>
            <dd>{formatInstant(job.startedAt)}</dd>
            <dt>{labels.finishedAt}</dt>
            <dd>{job.finishedAt === null ? strings.notSet : formatInstant(job.finishedAt)}</dd>
          </dl>

          {!finished && <p className="muted">{labels.running}</p>}
          {finished && (
            <div className="section">
              <h3>{strings.import.problems.heading}</h3>
              <ImportProblemsTable problems={job.problems} />
              {job.problems.length >= IMPORT_PROBLEM_LIMIT && (
                <p className="muted">{strings.import.problems.truncated(job.problems.length)}</p>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
