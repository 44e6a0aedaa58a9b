import { ErrorDisplay, useKitStrings } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { strings } from '../strings';
import { USERS } from '../teams/teams.operations';
import { GOVERNANCE_VERSION } from '../versions/governance-versions.operations';
import { DraftEditor } from './draft-editor';
import type { EditorSection } from './editor-sections';
import { REASON_CODE_USAGE } from './reason-code-usage.operations';

export interface DraftEditorPageProps {
  version: number;
  section: EditorSection;
}

/** Load a version, the users that pools may name and the reason code usage, then open the editor. */
export function DraftEditorPage({ version, section }: DraftEditorPageProps) {
  const kitStrings = useKitStrings();
  const versionQuery = useQuery(GOVERNANCE_VERSION, { variables: { version } });
  const usersQuery = useQuery(USERS);
  const usageQuery = useQuery(REASON_CODE_USAGE);
  const document = versionQuery.data?.governanceVersion;

  if (document === null) {
    return (
      <p role="alert" className="error-panel">
        {strings.editor.notFound(version)}
      </p>
    );
  }

  return (
    <>
      <ErrorDisplay error={versionQuery.error} />
      <ErrorDisplay error={usersQuery.error} />
      <ErrorDisplay error={usageQuery.error} />
      {document === undefined ? (
        versionQuery.loading && <p className="muted">{kitStrings.loading}</p>
      ) : (
        <DraftEditor
          key={version}
          document={document}
          section={section}
          users={usersQuery.data?.users ?? []}
          reasonCodeUsage={usageQuery.data?.reasonCodeUsage ?? []}
        />
      )}
    </>
  );
}
