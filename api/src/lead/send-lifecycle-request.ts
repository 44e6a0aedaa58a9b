import { LeadActionError } from '@accord/workflows';
import type { Logger } from 'pino';

import { AccordError, AccordErrorCode } from '../errors/accord-error';
import { describeErrorForLog } from '../errors/log-internal-errors';

/** The API error code of each way a lead's lifecycle can fail a request. */
export const LEAD_ACTION_ERROR_CODES: Record<LeadActionError['code'], AccordErrorCode> = {
  BAD_USER_INPUT: AccordErrorCode.BadUserInput,
  CONFLICT: AccordErrorCode.Conflict,
  NOT_FOUND: AccordErrorCode.NotFound,
  UNAVAILABLE: AccordErrorCode.ServiceUnavailable,
};

/** The ids a log line about a lifecycle request carries. */
export interface LifecycleRequestContext {
  leadId: string;
  userId: string;
  /** The request's name, such as REASSIGN. */
  request: string;
}

/**
 * Sends one request to a lead's lifecycle through `send`. A `LeadActionError` becomes an AccordError
 * with the same problems: a rejection is logged at info, a timeout at warn. Any other error is logged
 * at error and rethrown.
 */
export async function sendLifecycleRequest<T>(logger: Logger, context: LifecycleRequestContext, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof LeadActionError) {
      if (error.code === 'UNAVAILABLE') {
        logger.warn(context, 'Lead lifecycle did not respond in time; the worker may be down.');
      } else {
        logger.info({ ...context, code: error.code }, 'Lead lifecycle rejected the request.');
      }

      throw new AccordError(LEAD_ACTION_ERROR_CODES[error.code], error.message, error.problems);
    }

    logger.error({ ...context, err: describeErrorForLog(error) }, 'Lead lifecycle request failed.');
    throw error;
  }
}
