import { ConfirmDialog } from '@accord/portal-kit';
import { useState } from 'react';
import { useIsAdmin } from '../common/use-is-admin';
import { strings } from '../strings';
import type { GovernanceVersionSummary } from './governance-versions.operations';
import { usePublishVersion, useRetireVersion, useReturnToDraft, useSubmitForReview } from './use-version-transitions';

const labels = strings.versions.actions;

export interface VersionActionsProps {
  version: GovernanceVersionSummary;
  /** Version number of the published model, named in the publish dialog, or null when none is published. */
  publishedVersion: number | null;
  /** The editor has changes that are not saved, so the draft may not be submitted yet. */
  hasUnsavedChanges?: boolean;
}

type PendingConfirmation = 'publish' | 'retire' | null;

/**
 * The lifecycle buttons a version's status allows: submit a draft for review, return it to draft,
 * publish it, or discard it. Publishing and discarding ask for confirmation first. Admins and
 * marketing ops see these buttons; only admins see publish and discard.
 */
export function VersionActions({ version, publishedVersion, hasUnsavedChanges = false }: VersionActionsProps) {
  const [pending, setPending] = useState<PendingConfirmation>(null);
  const isAdmin = useIsAdmin();
  const submit = useSubmitForReview();
  const returnToDraft = useReturnToDraft();
  const publish = usePublishVersion();
  const retire = useRetireVersion();
  const busy = submit.loading || returnToDraft.loading || publish.loading || retire.loading;
  const number = version.version;

  if (version.status === 'PUBLISHED' || version.status === 'RETIRED') return null;

  const confirm = async () => {
    const action = pending === 'publish' ? publish : retire;
    await action.run(number);
    setPending(null);
  };

  return (
    <div className="button-row version-actions">
      {version.status === 'DRAFT' && (
        <button
          type="button"
          className="button primary"
          disabled={busy || hasUnsavedChanges}
          title={hasUnsavedChanges ? labels.saveFirst : undefined}
          aria-label={labels.submitFor(number)}
          onClick={() => void submit.run(number)}
        >
          {labels.submit}
        </button>
      )}
      {version.status === 'IN_REVIEW' && (
        <>
          {isAdmin && (
            <button
              type="button"
              className="button primary"
              disabled={busy}
              aria-label={labels.publishFor(number)}
              onClick={() => setPending('publish')}
            >
              {labels.publish}
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-label={labels.returnFor(number)}
            onClick={() => void returnToDraft.run(number)}
          >
            {labels.returnToDraft}
          </button>
        </>
      )}
      {isAdmin && (
        <button
          type="button"
          className="button danger"
          disabled={busy}
          aria-label={labels.retireFor(number)}
          onClick={() => setPending('retire')}
        >
          {labels.retire}
        </button>
      )}

      <ConfirmDialog
        open={pending === 'publish'}
        title={labels.publishDialog.title(number)}
        confirmLabel={labels.publishDialog.confirm}
        cancelLabel={labels.cancel}
        busy={publish.loading}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        <p className="publish-rule">{labels.publishDialog.rule}</p>
        <p className="muted">
          {publishedVersion === null ? labels.publishDialog.firstVersion : labels.publishDialog.replaces(publishedVersion)}
        </p>
      </ConfirmDialog>

      <ConfirmDialog
        open={pending === 'retire'}
        title={labels.retireDialog.title(number)}
        confirmLabel={labels.retireDialog.confirm}
        cancelLabel={labels.cancel}
        tone="danger"
        busy={retire.loading}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        <p>{labels.retireDialog.body}</p>
      </ConfirmDialog>
    </div>
  );
}
