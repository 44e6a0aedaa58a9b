import { useToasts } from '@accord/portal-kit';
import { useMutation } from '@apollo/client/react';
import { strings } from '../strings';
import { CREATE_GOVERNANCE_DRAFT, GOVERNANCE_VERSIONS } from './governance-versions.operations';

const messages = strings.versions.messages;

/** Copy the published model into a new draft. Returns the draft's version number, or null on failure. */
export function useCreateGovernanceDraft() {
  const toasts = useToasts();
  const [createDraft, { loading }] = useMutation(CREATE_GOVERNANCE_DRAFT, { refetchQueries: [GOVERNANCE_VERSIONS] });

  const create = async (): Promise<number | null> => {
    try {
      const result = await createDraft();
      const draft = result.data?.createGovernanceDraft;
      if (draft === undefined) return null;

      toasts.success(messages.draftCreated(draft.version, draft.basedOn));

      return draft.version;
    } catch (error) {
      toasts.error(error, { title: messages.createFailed });

      return null;
    }
  };

  return { create, loading };
}
