import { validateGovernanceModel, type GovernanceModel } from '@accord/governance';
import { useDebouncedValue } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { strings } from '../strings';
import { VALIDATE_GOVERNANCE_MODEL, type ModelProblem } from '../versions/governance-versions.operations';

/** Pause after the last edit before the local check runs, so typing stays smooth. */
const LOCAL_CHECK_DELAY_MS = 300;
/** Pause before the server's check, which adds database facts such as unknown user ids. */
const SERVER_CHECK_DELAY_MS = 1_000;

export interface ModelProblemsHandle {
  problems: ModelProblem[];
  /** True while an edit waits for its check. */
  checking: boolean;
}

/**
 * Check the working copy as the admin types: `validateGovernanceModel` from @accord/governance runs
 * in the browser, the same function the API runs, and the API's `validateGovernanceModel` query adds
 * the checks that need the database. Without `checkOnServer` the server's stored problems are used.
 */
export function useModelProblems(
  model: GovernanceModel,
  storedProblems: readonly ModelProblem[],
  checkOnServer: boolean,
): ModelProblemsHandle {
  const locallyChecked = useDebouncedValue(model, LOCAL_CHECK_DELAY_MS);
  const serverChecked = useDebouncedValue(model, SERVER_CHECK_DELAY_MS);

  const localProblems = useMemo(() => checkLocally(locallyChecked), [locallyChecked]);
  const server = useQuery(VALIDATE_GOVERNANCE_MODEL, {
    variables: { model: serverChecked },
    fetchPolicy: 'no-cache',
    skip: !checkOnServer,
  });
  const serverProblems = checkOnServer ? ((server.data ?? server.previousData)?.validateGovernanceModel ?? []) : storedProblems;

  const problems = useMemo(() => mergeProblems(localProblems, serverProblems), [localProblems, serverProblems]);

  return { problems, checking: locallyChecked !== model };
}

function checkLocally(model: GovernanceModel): ModelProblem[] {
  try {
    return validateGovernanceModel(model);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);

    return [{ path: '', message: strings.editor.problems.checkFailed(reason) }];
  }
}

function mergeProblems(...lists: (readonly ModelProblem[])[]): ModelProblem[] {
  const seen = new Set<string>();

  return lists.flat().filter((problem) => {
    const key = `${problem.path}\n${problem.message}`;
    if (seen.has(key)) return false;

    seen.add(key);

    return true;
  });
}
