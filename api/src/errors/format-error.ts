import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { FieldProblem } from '@accord/governance';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';

import { AccordError } from './accord-error';

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on the server. Try again; if it keeps failing, contact support.';

/** Codes that Apollo Server sets on parse, validation and variable errors, which pass through unchanged. */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

/**
 * Turns any error into an `AccordError`, or returns null for errors that Apollo raised about the
 * request itself (pass them through) and for unexpected errors (an internal server error).
 */
export function toAccordError(error: unknown): AccordError | null {
  const original = unwrapResolverError(error);

  if (original instanceof AccordError) {
    return original;
  }
  // class-validator reports its own failures (not the argument's) as a thrown error instead of a
  // list; those stay internal errors.
  if (original instanceof ArgumentValidationError && Array.isArray(original.extensions.validationErrors)) {
    return AccordError.badUserInput(flattenValidationErrors(original.extensions.validationErrors));
  }
  if (original instanceof AuthenticationError) {
    return AccordError.unauthenticated();
  }
  if (original instanceof AuthorizationError) {
    return AccordError.forbidden();
  }

  return null;
}

/**
 * Returns the code Apollo Server set on an error about the request itself, or null for any other
 * error. Such errors are raised before execution: GRAPHQL_PARSE_FAILED for a syntax error,
 * GRAPHQL_VALIDATION_FAILED for an unknown field, a wrong literal or disabled introspection, and
 * BAD_USER_INPUT for a variable that its type or a custom scalar rejects. They carry no path, while
 * an error thrown by a resolver always has one. Apollo keeps the graphql-js error of a parse,
 * validation or variable error in `originalError`, so that property does not decide.
 */
export function requestErrorCode(error: unknown): string | null {
  if (!(error instanceof GraphQLError) || error.path !== undefined) {
    return null;
  }

  const code = error.extensions.code;

  return typeof code === 'string' && REQUEST_ERROR_CODES.has(code) ? code : null;
}

/**
 * Apollo Server's `formatError`: the one place where errors become `extensions.code`. Errors about
 * the request keep graphql-js's message and Apollo's code. Unexpected errors get a generic message,
 * so no internal detail (SQL, hostnames, stack) reaches the client. `logInternalErrors` in the same
 * folder logs those errors with the caller's id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const accordError = toAccordError(error);
  if (accordError !== null) {
    return {
      message: accordError.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: extensionsOf(accordError),
    };
  }

  const requestCode = requestErrorCode(error);
  if (requestCode !== null) {
    // The message describes the caller's own query or variables, so it goes back to them unchanged.
    // Other extensions, such as a development stack trace of Apollo's internals, are left out.
    return { message: formatted.message, locations: formatted.locations, extensions: { code: requestCode } };
  }

  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
  };
}

function extensionsOf(error: AccordError): Record<string, unknown> {
  const extensions: Record<string, unknown> = { code: error.code };
  if (error.problems.length > 0) {
    extensions.problems = error.problems;
  }
  if (error.retryAfterSeconds !== null) {
    extensions.retryAfterSeconds = error.retryAfterSeconds;
  }

  return extensions;
}

/** Flattens class-validator errors, nested ones included, into one problem per failed property. */
export function flattenValidationErrors(errors: readonly ValidationError[], parentPath = ''): FieldProblem[] {
  return errors.flatMap((validationError) => {
    const field = parentPath === '' ? validationError.property : `${parentPath}.${validationError.property}`;
    const messages = Object.values(validationError.constraints ?? {});
    const own: FieldProblem[] =
      messages.length === 0 ? [] : [{ field, value: toProblemValue(validationError.value), message: messages.join('; ') }];

    return [...own, ...flattenValidationErrors(validationError.children ?? [], field)];
  });
}

function toProblemValue(value: unknown): FieldProblem['value'] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }

  return null;
}
