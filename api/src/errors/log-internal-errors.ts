import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';

import type { RequestContext } from '../context/request-context';
import { requestErrorCode, toAccordError } from './format-error';

/**
 * Returns the fields of an error that are safe to log. Database drivers put row values (which may
 * be e-mail addresses) in properties such as `detail`, so only the type, code, message and stack are kept.
 */
export function describeErrorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) {
    return { type: typeof error };
  }

  const code: unknown = 'code' in error ? error.code : undefined;

  return { type: error.name, message: error.message, code, stack: error.stack };
}

/**
 * An Apollo Server plugin that logs every error that `formatError` will hide behind a generic
 * message, with the caller's id and the field path. Errors meant for the client are not logged at
 * error level. A rejected request is logged at debug level with its code only, because graphql-js's
 * message quotes the submitted values, such as a password or an e-mail address.
 */
export function logInternalErrors(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const requestCode = requestErrorCode(error);
            if (requestCode !== null) {
              logger.debug({ code: requestCode }, 'GraphQL request rejected before execution.');
              continue;
            }
            if (toAccordError(error) !== null) {
              continue;
            }

            const original = error.originalError ?? error;
            logger.error(
              { err: describeErrorForLog(original), userId: contextValue.caller?.id ?? null, operationName, path: error.path },
              'GraphQL operation failed with an internal error.',
            );
          }
        },
      };
    },
  };
}
