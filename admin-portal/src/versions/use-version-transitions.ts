import { useToasts } from '@accord/portal-kit';
import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ACTIVE_GOVERNANCE } from '../governance/governance.operations';
import { strings } from '../strings';
import {
  GOVERNANCE_VERSIONS,
  PUBLISH_GOVERNANCE_VERSION,
  RETIRE_GOVERNANCE_VERSION,
  RETURN_GOVERNANCE_TO_DRAFT,
  SUBMIT_GOVERNANCE_FOR_REVIEW,
  type GovernanceVersionSummary,
} from './governance-versions.operations';

const messages = strings.versions.messages;

type TransitionDocument<Field extends string> = TypedDocumentNode<Record<Field, GovernanceVersionSummary>, { version: number }>;

interface TransitionMessages {
  success: (version: number) => string;
  failed: (version: number) => string;
}

/**
 * Run one lifecycle mutation of a version and report it: a success toast, or the server's error
 * with its problems by path. The list of versions is fetched again, because a publish also retires
 * the version that was published before. A publish also drops the cached published model, so the
 * pages that show it read the new one.
 */
function useVersionTransition<Field extends string>(
  document: TransitionDocument<Field>,
  field: Field,
  text: TransitionMessages,
  changesPublishedModel = false,
) {
  const toasts = useToasts();
  const [mutate, { loading }] = useMutation(document, {
    refetchQueries: [GOVERNANCE_VERSIONS, ACTIVE_GOVERNANCE],
    update(cache) {
      if (!changesPublishedModel) return;

      for (const fieldName of ['activeGovernance', 'stages', 'motions', 'reasonCodes']) {
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      }
      cache.gc();
    },
  });

  const run = async (version: number): Promise<boolean> => {
    try {
      const result = await mutate({ variables: { version } });
      if (result.data?.[field] === undefined) return false;

      toasts.success(text.success(version));

      return true;
    } catch (error) {
      toasts.error(error, { title: text.failed(version) });

      return false;
    }
  };

  return { run, loading };
}

export function useSubmitForReview() {
  return useVersionTransition(SUBMIT_GOVERNANCE_FOR_REVIEW, 'submitGovernanceForReview', messages.submit);
}

export function useReturnToDraft() {
  return useVersionTransition(RETURN_GOVERNANCE_TO_DRAFT, 'returnGovernanceToDraft', messages.returnToDraft);
}

export function usePublishVersion() {
  return useVersionTransition(PUBLISH_GOVERNANCE_VERSION, 'publishGovernanceVersion', messages.publish, true);
}

export function useRetireVersion() {
  return useVersionTransition(RETIRE_GOVERNANCE_VERSION, 'retireGovernanceVersion', messages.retire);
}
