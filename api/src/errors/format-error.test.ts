import { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError } from 'type-graphql';

import { AccordError, AccordErrorCode } from './accord-error';
import { INTERNAL_ERROR_MESSAGE, flattenValidationErrors, formatError } from './format-error';

/** Wraps an error the way graphql-js reports an error thrown by a resolver. */
function thrownByResolver(error: Error): GraphQLError {
  return new GraphQLError(error.message, { path: ['lead'], originalError: error });
}

function formattedOf(error: GraphQLError): GraphQLFormattedError {
  return { message: error.message, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] } };
}

function format(error: GraphQLError): GraphQLFormattedError {
  return formatError(formattedOf(error), error);
}

describe('formatError', () => {
  it('puts the code and problems of an AccordError in extensions', () => {
    const problems = [{ field: 'email', value: 'nope', message: 'email "nope" is not a valid e-mail address' }];

    const formatted = format(thrownByResolver(AccordError.badUserInput(problems)));

    expect(formatted.message).toBe(problems[0]?.message);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', problems });
    expect(formatted.path).toEqual(['lead']);
  });

  it.each([
    [AccordError.unauthenticated(), 'UNAUTHENTICATED'],
    [AccordError.forbidden(), 'FORBIDDEN'],
    [AccordError.notFound('Lead', 'x'), 'NOT_FOUND'],
    [AccordError.conflict('already exists'), 'CONFLICT'],
    [new AccordError(AccordErrorCode.ServiceUnavailable, 'the worker may be down'), 'SERVICE_UNAVAILABLE'],
  ])('maps %p to %s without problems', (error, code) => {
    expect(format(thrownByResolver(error)).extensions).toEqual({ code });
  });

  it('puts the retry delay of TOO_MANY_REQUESTS in extensions', () => {
    const error = AccordError.tooManyRequests('Too many failed sign-ins. Try again in 15 minutes.', 899.2);

    expect(format(thrownByResolver(error)).extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 900 });
  });

  it('gives TOO_MANY_REQUESTS the HTTP status and Retry-After that Apollo applies', () => {
    const wrapped = thrownByResolver(AccordError.tooManyRequests('Too many failed sign-ins.', 30));

    expect(wrapped.extensions.http).toEqual({ status: 429, headers: new Map([['retry-after', '30']]) });
  });

  it('turns class-validator failures into BAD_USER_INPUT problems', () => {
    const failure = Object.assign(new ValidationError(), {
      property: 'first',
      value: 500,
      constraints: { max: 'first must be from 1 to 100' },
      children: [],
    });

    const formatted = format(thrownByResolver(new ArgumentValidationError([failure])));

    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'first', value: 500, message: 'first must be from 1 to 100' }],
    });
  });

  it('maps type-graphql authentication errors to UNAUTHENTICATED', () => {
    expect(format(thrownByResolver(new AuthenticationError())).extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('hides the message and stack of an unexpected error', () => {
    const formatted = format(thrownByResolver(new Error('connect ECONNREFUSED 10.0.0.7:5432')));

    expect(formatted.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('passes request validation errors through', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted: GraphQLFormattedError = { message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };

    expect(formatError(formatted, error)).toEqual(formatted);
  });

  it('passes a variable that a custom scalar rejects through', () => {
    const error = new GraphQLError('Variable "$model" got invalid value "stages"; JSONObject cannot represent non-object value: stages', {
      extensions: { code: 'BAD_USER_INPUT' },
      originalError: new TypeError('JSONObject cannot represent non-object value: stages'),
    });
    const formatted: GraphQLFormattedError = { message: error.message, extensions: { code: 'BAD_USER_INPUT' } };

    expect(formatError(formatted, error)).toEqual(formatted);
  });

  it('keeps a syntax error that wraps the graphql-js error as GRAPHQL_PARSE_FAILED', () => {
    const syntaxError = new GraphQLError('Syntax Error: Expected Name, found <EOF>.');
    const error = new GraphQLError(syntaxError.message, { originalError: syntaxError, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    const formatted: GraphQLFormattedError = {
      message: error.message,
      locations: [{ line: 1, column: 6 }],
      extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['GraphQLError: Syntax Error', 'at /srv/node_modules/graphql/x.js:1'] },
    };

    expect(formatError(formatted, error)).toEqual({
      message: 'Syntax Error: Expected Name, found <EOF>.',
      locations: [{ line: 1, column: 6 }],
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('treats a GraphQLError thrown inside a resolver as internal', () => {
    const error = thrownByResolver(new GraphQLError('select * from users failed', { extensions: { code: 'BAD_USER_INPUT' } }));

    expect(format(error).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('flattenValidationErrors', () => {
  it('names nested properties with a dotted path', () => {
    const child = Object.assign(new ValidationError(), {
      property: 'ownerId',
      value: 'abc',
      constraints: { isUuid: 'ownerId must be a user id (UUID)' },
      children: [],
    });
    const parent = Object.assign(new ValidationError(), { property: 'filter', value: {}, children: [child] });

    expect(flattenValidationErrors([parent])).toEqual([
      { field: 'filter.ownerId', value: 'abc', message: 'ownerId must be a user id (UUID)' },
    ]);
  });
});
