import { ErrorDisplay } from '@accord/portal-kit';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { strings } from '../strings';
import { IMPORT_LEADS } from './import.operations';
import { ImportProgress } from './import-progress';

const labels = strings.import;

/** Upload a CSV or JSON file as text to `importLeads` and follow the job it starts. */
export function ImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [importLeads, { loading, error, reset }] = useMutation(IMPORT_LEADS);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file === null) return;

    setReadError(null);
    const content = await file.text().catch(() => null);
    if (content === null) {
      setReadError(labels.readFailed(file.name));

      return;
    }

    const result = await importLeads({ variables: { input: { fileName: file.name, content } } }).catch(
      () => undefined,
    );
    if (result?.data?.importLeads !== undefined) setJobId(result.data.importLeads.id);
  };

  const startOver = () => {
    setJobId(null);
    setFile(null);
    reset();
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{labels.heading}</h1>
          <p className="muted">{labels.intro}</p>
        </div>
      </div>

      {jobId === null ? (
        <form className="card import-form" onSubmit={handleSubmit}>
          <label className="field">
            <span>{labels.fileLabel}</span>
            <input
              type="file"
              name="file"
              accept=".csv,.json,text/csv,application/json"
              required
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </label>

          <ErrorDisplay error={error} />
          {readError !== null && (
            <p role="alert" className="error-panel">
              {readError}
            </p>
          )}

          <button type="submit" className="button primary" disabled={file === null || loading}>
            {loading ? labels.submitting : labels.submit}
          </button>
        </form>
      ) : (
        <>
          <ImportProgress jobId={jobId} />
          <p>
            <button type="button" className="button" onClick={startOver}>
              {labels.another}
            </button>
          </p>
        </>
      )}
    </>
  );
}
