import type { FieldProblem } from '@accord/governance';

/** The closed set of failure codes the API returns in `extensions.code`. The portals branch on these codes. */
export enum AccordErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  /** A service the operation depends on, such as the lead's lifecycle worker, did not respond in time. Retry later. */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  /** Too many failed sign-ins. The response has HTTP status 429, a Retry-After header and `extensions.retryAfterSeconds`. */
  TooManyRequests = 'TOO_MANY_REQUESTS',
}

/**
 * The HTTP status and headers that Apollo Server 5 applies to the response when a resolver's error
 * carries them as `extensions.http` (read in `normalizeAndFormatErrors` of @apollo/server 5.5;
 * graphql-js copies the original error's `extensions` onto the GraphQLError that wraps it).
 */
interface HttpExtension {
  http: { status: number; headers: Map<string, string> };
}

/**
 * The one error type of the API. Its message is safe to show to the caller, and `problems` name the
 * fields at fault and reach the client as `extensions.problems`.
 */
export class AccordError extends Error {
  override readonly name = 'AccordError';

  /** Set only on TOO_MANY_REQUESTS errors, so that the response gets status 429 and a Retry-After header. */
  readonly extensions?: HttpExtension;

  /** `retryAfterSeconds`: seconds until a TOO_MANY_REQUESTS caller may try again; null for other codes. */
  constructor(
    readonly code: AccordErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    if (retryAfterSeconds !== null) {
      this.extensions = { http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } };
    }
  }

  /** Sign-in is rejected for `retryAfterSeconds`, rounded up to whole seconds and at least 1. */
  static tooManyRequests(message: string, retryAfterSeconds: number): AccordError {
    return new AccordError(AccordErrorCode.TooManyRequests, message, [], Math.max(1, Math.ceil(retryAfterSeconds)));
  }

  static badUserInput(problems: FieldProblem[], message = describeProblems(problems)): AccordError {
    return new AccordError(AccordErrorCode.BadUserInput, message, problems);
  }

  static unauthenticated(message = 'Sign in first: send the token from signIn as "Authorization: Bearer <token>".'): AccordError {
    return new AccordError(AccordErrorCode.Unauthenticated, message);
  }

  static forbidden(message = 'Your role does not allow this operation.'): AccordError {
    return new AccordError(AccordErrorCode.Forbidden, message);
  }

  /** Also used for records that exist but are hidden from the caller, so ids cannot be probed. */
  static notFound(kind: string, id: string): AccordError {
    return new AccordError(AccordErrorCode.NotFound, `${kind} ${id} was not found.`);
  }

  static conflict(message: string, problems: FieldProblem[] = []): AccordError {
    return new AccordError(AccordErrorCode.Conflict, message, problems);
  }
}

function describeProblems(problems: FieldProblem[]): string {
  const [first] = problems;
  if (first === undefined) {
    return 'The input is invalid.';
  }

  const others = problems.length - 1;

  return others === 0 ? first.message : `${first.message} (and ${others} more ${others === 1 ? 'problem' : 'problems'})`;
}
