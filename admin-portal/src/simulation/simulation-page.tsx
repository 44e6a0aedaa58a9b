import { ErrorDisplay, navigate, useKitStrings } from '@accord/portal-kit';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NumberField } from '../common/fields';
import { useCanEditGovernance } from '../common/use-is-admin';
import { strings } from '../strings';
import { GOVERNANCE_VERSIONS } from '../versions/governance-versions.operations';
import { SIMULATE_GOVERNANCE } from './simulation.operations';
import { simulationPath } from './simulation-paths';
import { SimulationResultView } from './simulation-result-view';

const labels = strings.simulation;

/** Days of lead history a simulation replays by default, and the range the API accepts. */
const DEFAULT_DAYS = 90;
const MIN_DAYS = 1;
const MAX_DAYS = 365;

/**
 * Replay the last N days of leads under a draft and under the published version, and show the
 * difference. Nothing is stored, because the simulation only reads history.
 */
export function SimulationPage({ version }: { version?: number }) {
  const canSimulate = useCanEditGovernance();

  if (!canSimulate) {
    return (
      <>
        <h1>{labels.heading}</h1>
        <p className="notice" role="note">
          {labels.forEditorsOnly}
        </p>
      </>
    );
  }

  return <SimulationForm version={version} />;
}

function SimulationForm({ version }: { version?: number }) {
  const kitStrings = useKitStrings();
  const versions = useQuery(GOVERNANCE_VERSIONS);
  const candidates = (versions.data?.governanceVersions ?? []).filter((entry) => entry.status !== 'RETIRED');
  const [selected, setSelected] = useState<string>(version === undefined ? '' : String(version));
  const [days, setDays] = useState<number | null>(DEFAULT_DAYS);
  const [simulate, { data, error, loading }] = useLazyQuery(SIMULATE_GOVERNANCE, { fetchPolicy: 'network-only' });
  const chosen = selected !== '' ? selected : String(candidates.find((entry) => entry.status === 'DRAFT')?.version ?? '');
  const daysValid = days !== null && Number.isInteger(days) && days >= MIN_DAYS && days <= MAX_DAYS;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen === '' || !daysValid) return;

    navigate(simulationPath(Number(chosen)));
    void simulate({ variables: { version: Number(chosen), days } }).catch(() => undefined);
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{labels.heading}</h1>
          <p className="muted">{labels.intro}</p>
        </div>
      </div>
      <ErrorDisplay error={versions.error} />

      <form className="filters card picker-form" onSubmit={handleSubmit}>
        <label className="field">
          <span>{labels.version}</span>
          <select value={chosen} onChange={(event) => setSelected(event.target.value)} required>
            <option value="">{labels.chooseVersion}</option>
            {candidates.map((entry) => (
              <option key={entry.version} value={entry.version}>
                {strings.diff.versionOption(entry.version, strings.governanceStatus[entry.status])}
              </option>
            ))}
          </select>
        </label>
        <NumberField
          label={labels.days}
          hint={labels.daysHint}
          integer
          min={MIN_DAYS}
          max={MAX_DAYS}
          value={days}
          errors={daysValid ? [] : [labels.daysRange]}
          onChange={setDays}
        />
        <button type="submit" className="button primary" disabled={loading || chosen === '' || !daysValid}>
          {loading ? labels.running : labels.run}
        </button>
      </form>

      <ErrorDisplay error={error} />
      {loading && <p className="muted">{kitStrings.loading}</p>}
      {data?.simulateGovernance !== undefined && !loading && <SimulationResultView result={data.simulateGovernance} />}
    </>
  );
}
