import type { FieldProblem } from '@accord/governance';
import type { MiddlewareFn } from 'type-graphql';

import type { RequestContext } from '../context/request-context';
import { AccordError } from './accord-error';

const ROOT_TYPES: ReadonlySet<string> = new Set(['Query', 'Mutation']);

/** Returns the paths of the strings in a value that contain U+0000, such as `input.company`. */
export function findNulCharacters(value: unknown, path: string): string[] {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? [path] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => findNulCharacters(item, `${path}[${index}]`));
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => findNulCharacters(item, path === '' ? key : `${path}.${key}`));
  }

  return [];
}

/**
 * Refuses, with BAD_USER_INPUT naming each argument, any operation whose arguments hold a NUL
 * character (U+0000). PostgreSQL cannot store it in text or jsonb, so without this check such a value
 * failed deep in a service as an internal error. The problems carry no value: the argument may be a
 * password or a token.
 */
export const rejectNulCharacters: MiddlewareFn<RequestContext> = async ({ info, args }, next) => {
  if (ROOT_TYPES.has(info.parentType.name)) {
    const paths = findNulCharacters(args, '');
    if (paths.length > 0) {
      const problems: FieldProblem[] = paths.map((field) => ({
        field,
        value: null,
        message: `${field} contains a NUL character (U+0000); remove it and send the value again`,
      }));
      throw AccordError.badUserInput(problems);
    }
  }

  return next();
};
