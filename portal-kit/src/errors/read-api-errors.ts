import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * One entry of `extensions.problems`, sent with BAD_USER_INPUT and some CONFLICT errors. Problems of
 * a governance model name their place with `path` (such as `motions[0].fitThreshold`); it is read
 * into `field` as well.
 */
export interface ApiProblem {
  field: string;
  message: string;
  value?: unknown;
}

export interface ApiErrorDetail {
  /** `extensions.code` of a GraphQL error, or NETWORK_ERROR when no GraphQL response arrived. */
  code: string;
  message: string;
  problems: ApiProblem[];
}

/** Flatten an Apollo Client error into one entry per GraphQL error, keyed by `extensions.code`. */
export function readApiErrors(error: unknown): ApiErrorDetail[] {
  if (error === undefined || error === null) return [];

  if (!CombinedGraphQLErrors.is(error)) {
    const message = error instanceof Error ? error.message : String(error);

    return [{ code: 'NETWORK_ERROR', message, problems: [] }];
  }

  return error.errors.map((entry) => ({
    code: typeof entry.extensions?.code === 'string' ? entry.extensions.code : 'INTERNAL_SERVER_ERROR',
    message: entry.message,
    problems: readProblems(entry.extensions?.problems),
  }));
}

/** Return the problem messages that the API errors attach to one input field. */
export function problemsForField(error: unknown, field: string): string[] {
  return readApiErrors(error)
    .flatMap((detail) => detail.problems)
    .filter((problem) => problem.field === field)
    .map((problem) => problem.message);
}

function readProblems(value: unknown): ApiProblem[] {
  if (!Array.isArray(value)) return [];

  return value.flatMap((entry): ApiProblem[] => {
    if (typeof entry !== 'object' || entry === null) return [];

    const candidate = entry as Record<string, unknown>;
    const field = typeof candidate.field === 'string' ? candidate.field : candidate.path;
    if (typeof field !== 'string' || typeof candidate.message !== 'string') return [];

    return [{ field, message: candidate.message, value: candidate.value }];
  });
}
