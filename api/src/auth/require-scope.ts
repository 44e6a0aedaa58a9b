import type { ApiKeyScope } from '@accord/db';

import { AccordError } from '../errors/accord-error';
import { hasScope, type Caller } from './caller';

/** Throws FORBIDDEN naming the missing scope when the caller's API key lacks it. */
export function requireScope(caller: Caller, scope: ApiKeyScope): void {
  if (!hasScope(caller, scope)) {
    throw AccordError.forbidden(
      `This API key lacks the ${scope} scope that this operation needs. Ask an Accord admin for a key with ${scope}.`,
    );
  }
}
