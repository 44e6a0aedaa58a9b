import { ErrorDisplay, formatInstant, Link, navigate, useKitStrings } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { ReadOnlyNote } from '../common/read-only-note';
import { StatusBadge } from '../common/status-badge';
import { useCanEditGovernance } from '../common/use-is-admin';
import { diffPath } from '../diff/diff-paths';
import { editorPath } from '../draft-editor/editor-sections';
import { simulationPath } from '../simulation/simulation-paths';
import { strings } from '../strings';
import { GOVERNANCE_VERSIONS, type GovernanceVersionSummary, type VersionUser } from './governance-versions.operations';
import { useCreateGovernanceDraft } from './use-create-governance-draft';
import { VersionActions } from './version-actions';

const labels = strings.versions;

/** List every governance version with its lifecycle actions. Admins create drafts here. */
export function VersionsPage() {
  const kitStrings = useKitStrings();
  const canEdit = useCanEditGovernance();
  const { data, error, loading } = useQuery(GOVERNANCE_VERSIONS);
  const { create, loading: creating } = useCreateGovernanceDraft();
  const versions = data?.governanceVersions;
  const publishedVersion = versions?.find((version) => version.status === 'PUBLISHED')?.version ?? null;

  const createDraft = async () => {
    const version = await create();
    if (version !== null) navigate(editorPath(version));
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{labels.heading}</h1>
          <p className="muted">{labels.intro}</p>
        </div>
        {canEdit && (
          <button type="button" className="button primary" disabled={creating} onClick={() => void createDraft()}>
            {creating ? labels.creating : labels.createDraft}
          </button>
        )}
      </div>

      <ReadOnlyNote subject="governance" />
      <ErrorDisplay error={error} />
      {loading && versions === undefined && <p className="muted">{kitStrings.loading}</p>}

      {versions !== undefined && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{labels.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.columns.version}</th>
                <th scope="col">{labels.columns.status}</th>
                <th scope="col">{labels.columns.created}</th>
                <th scope="col">{labels.columns.published}</th>
                <th scope="col">{labels.columns.basedOn}</th>
                <th scope="col">{labels.columns.problems}</th>
                <th scope="col">{labels.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <VersionRow key={version.version} version={version} publishedVersion={publishedVersion} canEdit={canEdit} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

interface VersionRowProps {
  version: GovernanceVersionSummary;
  publishedVersion: number | null;
  canEdit: boolean;
}

function VersionRow({ version, publishedVersion, canEdit }: VersionRowProps) {
  const number = version.version;
  const editable = canEdit && version.status === 'DRAFT';

  return (
    <tr>
      <th scope="row">
        <Link to={editorPath(number)}>{labels.versionLabel(number)}</Link>
      </th>
      <td>
        <StatusBadge status={version.status} />
      </td>
      <td className="small">{describeEvent(version.createdAt, version.createdBy)}</td>
      <td className="small">{version.publishedAt === null ? strings.notSet : describeEvent(version.publishedAt, version.publishedBy)}</td>
      <td>{version.basedOn === null ? strings.notSet : labels.versionLabel(version.basedOn)}</td>
      <td>
        {version.problems.length === 0 ? (
          <span className="muted">{labels.noProblems}</span>
        ) : (
          <span className="badge bad">{labels.problemCount(version.problems.length)}</span>
        )}
      </td>
      <td>
        <div className="row-actions">
          <div className="link-row">
            <Link to={editorPath(number)} aria-label={(editable ? labels.actions.editFor : labels.actions.viewFor)(number)}>
              {editable ? labels.actions.edit : labels.actions.view}
            </Link>
            {version.basedOn !== null && (
              <Link to={diffPath(version.basedOn, number)} aria-label={labels.actions.compareFor(number, version.basedOn)}>
                {labels.actions.compare}
              </Link>
            )}
            {canEdit && (version.status === 'DRAFT' || version.status === 'IN_REVIEW') && (
              <Link to={simulationPath(number)} aria-label={labels.actions.simulateFor(number)}>
                {labels.actions.simulate}
              </Link>
            )}
          </div>
          {canEdit && <VersionActions version={version} publishedVersion={publishedVersion} />}
        </div>
      </td>
    </tr>
  );
}

function describeEvent(instant: string, user: VersionUser | null): string {
  const when = formatInstant(instant);

  return user === null ? when : labels.byUser(when, user.name);
}
