import {
  execute,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

import type { ApiServices, RequestContext, RequestLoaders } from '../context/request-context';
import { toAccordError } from '../errors/format-error';
import { buildApiSchema } from '../schema/build-schema';

/** Services that fail the test when an anonymous request reaches them. */
const unreachable = new Proxy(
  {},
  {
    get(_target, name) {
      throw new Error(`an anonymous request reached ${String(name)}`);
    },
  },
);

function anonymousContext(): RequestContext {
  return { caller: null, authFailure: null, services: unreachable as ApiServices, loaders: unreachable as RequestLoaders };
}

/** Writes a literal for a required argument, filling only the required fields of input objects. */
function literalFor(type: GraphQLInputType): string {
  if (isNonNullType(type)) {
    return literalFor(type.ofType);
  }
  if (isListType(type)) {
    return `[${literalFor(type.ofType)}]`;
  }
  if (isEnumType(type)) {
    return type.getValues()[0]?.name ?? '';
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));

    return `{ ${fields.map((field) => `${field.name}: ${literalFor(field.type)}`).join(', ')} }`;
  }
  if (isScalarType(type) && (type.name === 'Int' || type.name === 'Float')) {
    return '1';
  }
  if (isScalarType(type) && type.name === 'Boolean') {
    return 'true';
  }
  if (isScalarType(type) && type.name === 'JSON') {
    return '{}';
  }
  if (isScalarType(type) && type.name === 'DateTime') {
    return '"2026-01-01T00:00:00Z"';
  }

  return '"00000000-0000-4000-8000-000000000000"';
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const argumentList = args.length === 0 ? '' : `(${args.map((arg) => `${arg.name}: ${literalFor(arg.type)}`).join(', ')})`;
  const returned = getNamedType(field.type);
  const selection = isScalarType(returned) || isEnumType(returned) ? '' : ' { __typename }';

  return `${kind} { ${field.name}${argumentList}${selection} }`;
}

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildApiSchema();
});

describe('operations without a caller', () => {
  it('reject every operation except signIn as UNAUTHENTICATED', async () => {
    const operations = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ field, source: operationFor('query', field) })),
      ...Object.values(schema.getMutationType()?.getFields() ?? {})
        .filter((field) => field.name !== 'signIn')
        .map((field) => ({ field, source: operationFor('mutation', field) })),
    ];

    expect(operations.length).toBeGreaterThan(15);
    for (const { field, source } of operations) {
      const result = await execute({ schema, document: parse(source), contextValue: anonymousContext() });
      const codes = (result.errors ?? []).map((error) => toAccordError(error)?.code ?? error.message);

      expect({ operation: field.name, codes }).toEqual({ operation: field.name, codes: ['UNAUTHENTICATED'] });
    }
  });
});
