import { ConfirmDialog, formatInstant, Link } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ReadOnlyNote } from '../common/read-only-note';
import { StatusBadge } from '../common/status-badge';
import { useCanEditGovernance } from '../common/use-is-admin';
import { diffPath } from '../diff/diff-paths';
import { simulationPath } from '../simulation/simulation-paths';
import { strings } from '../strings';
import { GOVERNANCE_VERSIONS, type GovernanceVersionDocument } from '../versions/governance-versions.operations';
import { VersionActions } from '../versions/version-actions';
import { UnsavedChanges } from './unsaved-changes';

const labels = strings.editor;

export interface DraftEditorHeaderProps {
  document: GovernanceVersionDocument;
  editable: boolean;
  dirty: boolean;
  restored: boolean;
  savedElsewhere: boolean;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
}

/** Title, save state, save and discard buttons, links to compare and simulate, and lifecycle actions. */
export function DraftEditorHeader(props: DraftEditorHeaderProps) {
  const { document, editable, dirty, restored, savedElsewhere, saving, onSave, onDiscard } = props;
  const canEdit = useCanEditGovernance();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const versions = useQuery(GOVERNANCE_VERSIONS);
  const publishedVersion = versions.data?.governanceVersions.find((version) => version.status === 'PUBLISHED')?.version ?? null;
  const { version, basedOn } = document;

  return (
    <>
      <div className="page-header editor-header">
        <div>
          <p className="eyebrow">{labels.eyebrow}</p>
          <h1>
            {labels.heading(version)} <StatusBadge status={document.status} />
          </h1>
          <p className="muted small">
            {basedOn === null ? labels.notCopied : labels.basedOn(basedOn)} ·{' '}
            {labels.created(formatInstant(document.createdAt), document.createdBy?.name ?? null)}
          </p>
          <p className="link-row small">
            {basedOn !== null && <Link to={diffPath(basedOn, version)}>{labels.compareWith(basedOn)}</Link>}
            {canEdit && <Link to={simulationPath(version)}>{labels.simulate}</Link>}
          </p>
        </div>

        {editable && (
          <div className="editor-save">
            <p className="save-state" aria-live="polite">
              {dirty ? <span className="badge warn">{labels.unsaved}</span> : <span className="badge ok">{labels.allSaved}</span>}
            </p>
            {dirty && <UnsavedChanges saved={document.model} />}
            <div className="button-row">
              <button type="button" className="button primary" disabled={!dirty || saving} onClick={onSave}>
                {saving ? labels.saving : labels.save}
              </button>
              <button type="button" className="button" disabled={!dirty || saving} onClick={() => setConfirmingDiscard(true)}>
                {labels.discard}
              </button>
            </div>
          </div>
        )}
      </div>

      {canEdit && <VersionActions version={document} publishedVersion={publishedVersion} hasUnsavedChanges={dirty} />}
      {canEdit && dirty && document.status === 'DRAFT' && <p className="muted small">{labels.saveBeforeSubmit}</p>}

      <ReadOnlyNote subject="governance" />
      {canEdit && !editable && (
        <p className="notice" role="note">
          {labels.statusNotes[document.status]}
        </p>
      )}
      {editable && restored && (
        <p className="notice" role="note">
          {labels.restored}
        </p>
      )}
      {editable && savedElsewhere && (
        <p className="notice warn-notice" role="note">
          {labels.savedElsewhere}
        </p>
      )}

      <ConfirmDialog
        open={confirmingDiscard}
        title={labels.discardDialog.title(version)}
        confirmLabel={labels.discardDialog.confirm}
        cancelLabel={strings.versions.actions.cancel}
        tone="danger"
        onConfirm={() => {
          onDiscard();
          setConfirmingDiscard(false);
        }}
        onCancel={() => setConfirmingDiscard(false)}
      >
        <p>{labels.discardDialog.body}</p>
      </ConfirmDialog>
    </>
  );
}
