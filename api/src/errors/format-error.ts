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
  if (original instanceof ArgumentValidationError) {
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
 * Returns whether Apollo Server raised the error about the request (syntax, validation, variables).
 * Such errors carry no path, while an error thrown by a resolver always has a path. A variable that a
 * custom scalar such as JSON or DateTime cannot parse wraps the scalar's error, so the wrapped error
 * does not decide.
 */
export function isRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path !== undefined) {
    return false;
  }

  const code = error.extensions.code;

  return typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
}

/**
 * Apollo Server's `formatError`: the one place where errors become `extensions.code`. Unexpected
 * errors get a generic message, so no internal detail (SQL, hostnames, stack) reaches the client.
 * `logInternalErrors` in the same folder logs those errors with the caller's id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const accordError = toAccordError(error);
  if (accordError !== null) {
    return {
      message: accordError.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions:
        accordError.problems.length === 0
          ? { code: accordError.code }
          : { code: accordError.code, problems: accordError.problems },
    };
  }

  if (isRequestError(error)) {
    return formatted;
  }

  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
  };
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
