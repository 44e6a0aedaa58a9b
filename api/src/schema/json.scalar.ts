import { GraphQLScalarType, type ValueNode } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

const base = GraphQLJSONObject.toConfig();

/**
 * Copies a value that graphql-scalars built from an inline literal into ordinary objects. It builds
 * objects without a prototype, which class-validator cannot inspect, so an inline `{}` argument
 * crashed argument validation. `Object.fromEntries` defines each key as an own property, so a
 * `__proto__` key cannot change a prototype.
 */
function withPlainObjects(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withPlainObjects);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withPlainObjects(entry)]));
  }

  return value;
}

/**
 * A JSON object under the scalar name `JSON` that the contract uses. Parsing rejects any other JSON
 * value (a string, a number, an array or null in a non-null position) before a resolver runs.
 */
export const JsonObjectScalar = new GraphQLScalarType({
  ...base,
  name: 'JSON',
  description: 'A JSON object, such as a governance model or a business calendar.',
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) => withPlainObjects(base.parseLiteral?.(ast, variables)),
});
