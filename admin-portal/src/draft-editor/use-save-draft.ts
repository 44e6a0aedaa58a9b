import type { GovernanceModel } from '@accord/governance';
import { useToasts } from '@accord/portal-kit';
import { useMutation } from '@apollo/client/react';
import { strings } from '../strings';
import { UPDATE_GOVERNANCE_DRAFT } from '../versions/governance-versions.operations';

const messages = strings.editor.messages;

/**
 * Save the working copy with `updateGovernanceDraft`. A draft with problems may be saved, and the
 * toast gives the number that remain. Returns the saved model, or null when the save failed.
 */
export function useSaveDraft(version: number) {
  const toasts = useToasts();
  const [updateDraft, { loading }] = useMutation(UPDATE_GOVERNANCE_DRAFT);

  const save = async (model: GovernanceModel): Promise<GovernanceModel | null> => {
    try {
      const result = await updateDraft({ variables: { version, model } });
      const saved = result.data?.updateGovernanceDraft;
      if (saved === undefined) return null;

      const problemCount = saved.problems.length;
      toasts.success(problemCount === 0 ? messages.saved(version) : messages.savedWithProblems(version, problemCount));

      return saved.model;
    } catch (error) {
      toasts.error(error, { title: messages.saveFailed(version) });

      return null;
    }
  };

  return { save, loading };
}
