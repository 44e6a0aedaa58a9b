import type { GovernanceModel } from '@accord/governance';
import { createContext, useCallback, useContext, useMemo } from 'react';
import type { UserRow } from '../teams/teams.operations';
import type { ModelProblem } from '../versions/governance-versions.operations';
import type { ReasonCodeUsage } from './reason-code-usage.operations';

/** Change the working copy by editing a fresh clone of it in place. */
export type UpdateModel = (recipe: (model: GovernanceModel) => void) => void;

export interface DraftEditorValue {
  model: GovernanceModel;
  update: UpdateModel;
  /** True for managers and for versions that are not drafts: controls are disabled. */
  readOnly: boolean;
  /** Problems of the working copy, from the local check and the server's check. */
  problems: readonly ModelProblem[];
  users: readonly UserRow[];
  reasonCodeUsage: readonly ReasonCodeUsage[];
}

const DraftEditorContext = createContext<DraftEditorValue | null>(null);

export const DraftEditorProvider = DraftEditorContext.Provider;

export function useDraftEditor(): DraftEditorValue {
  const editor = useContext(DraftEditorContext);
  if (editor === null) throw new Error('useDraftEditor must be used inside <DraftEditorProvider>.');

  return editor;
}

/**
 * Return the messages of the problems whose path is exactly `path`. A message that starts with its
 * own path drops it, because the field's label already names the value.
 */
export function useProblemsAt(path: string): string[] {
  const lookup = useProblemLookup();

  return useMemo(() => lookup(path), [lookup, path]);
}

/** Return a function that finds the problem messages at a path, for rows that edit many paths. */
export function useProblemLookup(): (path: string) => string[] {
  const { problems } = useDraftEditor();

  return useCallback(
    (path: string) => problems.filter((problem) => problem.path === path).map((problem) => stripPath(problem)),
    [problems],
  );
}

/** Count the problems at `path` or inside it, for badges on stages, pools and other list items. */
export function useProblemCountUnder(path: string): number {
  const { problems } = useDraftEditor();

  return problems.filter((problem) => isUnder(problem.path, path)).length;
}

export function isUnder(problemPath: string, path: string): boolean {
  return problemPath === path || problemPath.startsWith(`${path}.`) || problemPath.startsWith(`${path}[`);
}

function stripPath({ path, message }: ModelProblem): string {
  if (!message.startsWith(`${path} `)) return message;

  const rest = message.slice(path.length + 1);

  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
