import { GraphQLScalarType } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/**
 * A JSON object under the scalar name `JSON` that the contract uses. Parsing rejects any other JSON
 * value (a string, a number, an array or null in a non-null position) before a resolver runs.
 */
export const JsonObjectScalar = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  name: 'JSON',
  description: 'A JSON object, such as a governance model or a business calendar.',
});
