import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { RequestHandler } from 'express';

/**
 * Returns express middleware that rejects a JSON array of operations with HTTP 400. Apollo Server
 * rejects batches too while `allowBatchedHttpRequests` is off, but with the bare message "Operation
 * batching disabled.". Batching stays off so that one HTTP request is one operation, which the rate
 * limit and the query limits count.
 */
export function rejectBatchedRequests(): RequestHandler {
  return (request, response, next) => {
    if (!Array.isArray(request.body)) {
      next();

      return;
    }

    response.status(400).json({
      errors: [
        {
          message: `Batched requests are not supported: the body is a JSON array of ${request.body.length} operations. Send each operation in a request of its own, as a JSON object such as {"query": "{ me { id } }"}.`,
          extensions: { code: ApolloServerErrorCode.BAD_REQUEST },
        },
      ],
    });
  };
}
