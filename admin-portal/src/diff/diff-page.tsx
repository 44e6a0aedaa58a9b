import { ErrorDisplay, navigate, useKitStrings } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { sectionLabel, sectionOfPath } from '../draft-editor/editor-sections';
import { strings } from '../strings';
import { GOVERNANCE_VERSIONS, type GovernanceVersionSummary } from '../versions/governance-versions.operations';
import { diffPath } from './diff-paths';
import { GOVERNANCE_DIFF, type GovernanceDiffEntry } from './governance-diff.operations';

const labels = strings.diff;

export interface DiffPageProps {
  from?: number;
  to?: number;
}

/** Pick two versions and list what changed between them, one readable line per change. */
export function DiffPage({ from, to }: DiffPageProps) {
  const versions = useQuery(GOVERNANCE_VERSIONS);
  const list = versions.data?.governanceVersions ?? [];

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{labels.heading}</h1>
          <p className="muted">{labels.intro}</p>
        </div>
      </div>
      <ErrorDisplay error={versions.error} />
      {versions.data !== undefined && <DiffPicker key={`${from}-${to}`} versions={list} from={from} to={to} />}
      {from !== undefined && to !== undefined && <DiffEntries from={from} to={to} />}
    </>
  );
}

interface DiffPickerProps {
  versions: readonly GovernanceVersionSummary[];
  from?: number;
  to?: number;
}

function versionOption(version: GovernanceVersionSummary): string {
  return labels.versionOption(version.version, strings.governanceStatus[version.status]);
}

function DiffPicker({ versions, from, to }: DiffPickerProps) {
  const published = versions.find((version) => version.status === 'PUBLISHED');
  const newest = versions[0];
  const [fromValue, setFromValue] = useState(String(from ?? published?.version ?? ''));
  const [toValue, setToValue] = useState(String(to ?? newest?.version ?? ''));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fromValue !== '' && toValue !== '') navigate(diffPath(Number(fromValue), Number(toValue)));
  };

  return (
    <form className="filters card picker-form" onSubmit={handleSubmit}>
      <label className="field">
        <span>{labels.from}</span>
        <select value={fromValue} onChange={(event) => setFromValue(event.target.value)} required>
          {versions.map((version) => (
            <option key={version.version} value={version.version}>
              {versionOption(version)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{labels.to}</span>
        <select value={toValue} onChange={(event) => setToValue(event.target.value)} required>
          {versions.map((version) => (
            <option key={version.version} value={version.version}>
              {versionOption(version)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button primary" disabled={fromValue === '' || toValue === ''}>
        {labels.compare}
      </button>
    </form>
  );
}

function DiffEntries({ from, to }: { from: number; to: number }) {
  const kitStrings = useKitStrings();
  const { data, error, loading } = useQuery(GOVERNANCE_DIFF, { variables: { from, to } });
  const entries = data?.governanceDiff;

  return (
    <section className="card section" aria-labelledby="diff-heading">
      <h2 id="diff-heading">{labels.resultHeading(from, to)}</h2>
      <ErrorDisplay error={error} />
      {loading && entries === undefined && <p className="muted">{kitStrings.loading}</p>}
      {entries !== undefined && entries.length === 0 && <p className="muted">{labels.noChanges}</p>}
      {entries !== undefined && entries.length > 0 && (
        <>
          <p className="muted">{labels.changeCount(entries.length)}</p>
          {groupBySection(entries).map(([group, groupEntries]) => (
            <section key={group} className="diff-group" aria-label={group}>
              <h3>{group}</h3>
              <ul className="diff-list">
                {groupEntries.map((entry, index) => (
                  <li key={`${entry.path}-${index}`}>
                    <span className="diff-description">{entry.description}</span>
                    <span className="mono small muted">{entry.path}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

/** Group entries under the editor section that edits their path, in the order the sections appear. */
function groupBySection(entries: readonly GovernanceDiffEntry[]): [string, GovernanceDiffEntry[]][] {
  const groups = new Map<string, GovernanceDiffEntry[]>();
  for (const entry of entries) {
    const section = sectionOfPath(entry.path);
    const name = section === null ? labels.otherChanges : sectionLabel(section);
    groups.set(name, [...(groups.get(name) ?? []), entry]);
  }

  return [...groups.entries()];
}
