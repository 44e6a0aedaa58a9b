import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/** Instants as ISO 8601 strings in UTC, under the scalar name `DateTime` that the contract uses. */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  name: 'DateTime',
  description: 'An instant as an ISO 8601 string in UTC, such as 2026-03-02T09:30:00.000Z.',
});
