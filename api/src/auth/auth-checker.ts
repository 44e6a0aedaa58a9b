import type { AuthChecker, MiddlewareFn } from 'type-graphql';

import type { AuthFailure, RequestContext } from '../context/request-context';
import { AccordError } from '../errors/accord-error';
import type { Caller } from './caller';
import { isRole } from './caller';

/** Root fields that run without a signed-in caller: signing in, and renewing an expired access token. */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set(['signIn', 'refreshSession']);

const AUTH_FAILURE_MESSAGES: Record<Extract<AuthFailure, string>, string> = {
  expired: 'The access token has expired. Get a new one with refreshSession, or sign in again.',
  invalid: 'The access token is invalid. Sign in again to get a new one.',
  inactive: 'This account is deactivated or no longer exists. Ask an admin to reactivate it.',
  revoked: 'This session was signed out or revoked. Sign in again.',
};

/** Returns the caller, or throws UNAUTHENTICATED with the reason the token was not accepted. */
export function requireCaller(context: RequestContext): Caller {
  if (context.caller === null) {
    throw AccordError.unauthenticated(describeAuthFailure(context.authFailure));
  }

  return context.caller;
}

function describeAuthFailure(failure: AuthFailure | null): string | undefined {
  if (failure === null) {
    return undefined;
  }

  return typeof failure === 'string' ? AUTH_FAILURE_MESSAGES[failure] : failure.message;
}

/**
 * type-graphql's checker for `@Authorized(...roles)`: no caller is UNAUTHENTICATED, a caller whose
 * role is not listed is FORBIDDEN. An empty list admits every signed-in role.
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const caller = requireCaller(context);
  if (roles.length > 0 && !roles.some((role) => isRole(role) && role === caller.role)) {
    throw AccordError.forbidden(`This operation is for ${roles.join(', ')} only; you are signed in as ${caller.role}.`);
  }

  return true;
};

/**
 * A global middleware that rejects every Query and Mutation field outside `PUBLIC_OPERATIONS` without a caller,
 * so an operation whose resolver lacks `@Authorized` still cannot run anonymously.
 */
export const requireSignInForOperations: MiddlewareFn<RequestContext> = async ({ context, info }, next) => {
  const isOperation = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
  if (isOperation && !PUBLIC_OPERATIONS.has(info.fieldName)) {
    requireCaller(context);
  }

  return next();
};
