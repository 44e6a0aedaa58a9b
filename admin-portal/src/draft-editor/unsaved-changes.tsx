import { diffGovernanceModels, type GovernanceModel } from '@accord/governance';
import { useDebouncedValue } from '@accord/portal-kit';
import { useMemo } from 'react';
import { strings } from '../strings';
import { useDraftEditor } from './draft-editor-context';

const labels = strings.editor.unsavedChanges;

/** Pause after the last edit before the list of unsaved changes is rebuilt. */
const DIFF_DELAY_MS = 300;

/**
 * List what the working copy changes against the saved draft, in the same sentences the API's
 * `governanceDiff` uses, because both call `diffGovernanceModels`. Renders nothing without changes.
 */
export function UnsavedChanges({ saved }: { saved: GovernanceModel }) {
  const { model, users } = useDraftEditor();
  const working = useDebouncedValue(model, DIFF_DELAY_MS);
  const names = useMemo(() => Object.fromEntries(users.map((user) => [user.id, user.name])), [users]);
  const changes = useMemo(() => diffGovernanceModels(saved, working, names), [saved, working, names]);

  if (changes.length === 0) return null;

  return (
    <details className="unsaved-changes">
      <summary>{labels.summary(changes.length)}</summary>
      <ul>
        {changes.map((change, index) => (
          <li key={`${change.path}-${index}`}>{change.description}</li>
        ))}
      </ul>
    </details>
  );
}
