import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

import { INTERNAL_ERROR_MESSAGE } from './format-error';
import { describeErrorForLog } from './log-internal-errors';

/** A body-parser error, as the handler reads it. Its `body` property holds the raw request body and is never read. */
interface BodyParserError extends Error {
  type: string;
  status: number;
}

const TOO_LARGE_TYPE = 'entity.too.large';

/**
 * Returns an express error handler that answers every error reaching express, in every mode, as a
 * GraphQL-shaped JSON response, never express's HTML page with a stack trace. A body that
 * body-parser cannot read gets 400 BAD_REQUEST, or 413 when it exceeds `maxBodyBytes`. Any other
 * error gets 500 INTERNAL_SERVER_ERROR and is logged. The request body is not logged.
 */
export function createJsonErrorHandler(logger: Logger, limits: { maxBodyBytes: number; tooLargeAdvice: string }): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) {
      next(error);

      return;
    }

    if (isBodyParserError(error)) {
      const tooLarge = error.type === TOO_LARGE_TYPE;
      const message = tooLarge
        ? `The request body is larger than the limit of ${limits.maxBodyBytes} bytes. ${limits.tooLargeAdvice}`
        : describeBodyError(error);
      logger.debug({ type: error.type, status: error.status }, 'HTTP request body rejected.');
      response.status(tooLarge ? 413 : 400).json({ errors: [{ message, extensions: { code: ApolloServerErrorCode.BAD_REQUEST } }] });

      return;
    }

    logger.error({ err: describeErrorForLog(error) }, 'HTTP request failed with an internal error.');
    response
      .status(500)
      .json({ errors: [{ message: INTERNAL_ERROR_MESSAGE, extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR } }] });
  };
}

/** body-parser's errors are http-errors with a `type` such as `entity.parse.failed` and a 4xx status. */
function isBodyParserError(error: unknown): error is BodyParserError {
  if (!(error instanceof Error) || !('type' in error) || !('status' in error)) {
    return false;
  }

  return typeof error.type === 'string' && typeof error.status === 'number' && error.status >= 400 && error.status < 500;
}

function describeBodyError(error: BodyParserError): string {
  if (error.type === 'entity.parse.failed') {
    return 'The request body is not valid JSON. Send a JSON object such as {"query": "{ me { id } }", "variables": {}}.';
  }

  // body-parser's own messages for the other 4xx errors name only the charset, encoding or size at fault.
  return `The request body could not be read: ${error.message}. Send the GraphQL request as UTF-8 JSON with Content-Type: application/json.`;
}
