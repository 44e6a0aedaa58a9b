import fs from 'node:fs';
import path from 'node:path';

import { CostLimitOptions, costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';

import { buildApiSchema } from './build-schema';
import { QUERY_LIMITS, createQueryLimits } from './query-limits';

const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..', '..');
const PORTAL_SOURCE_FOLDERS = ['admin-portal/src', 'rep-portal/src', 'portal-kit/src'];

interface PortalOperation {
  /** File and operation name, such as rep-portal/src/queue/queue.operations.ts MyQueue. */
  label: string;
  /** The document as Apollo Client sends it: with `__typename` in every selection set, printed. */
  text: string;
  document: DocumentNode;
}

interface Measurement {
  depth: number;
  aliases: number;
  tokens: number;
  directives: number;
  cost: number;
}

/** Lists the .ts and .tsx files below `folder` whose text contains a `gql` tagged template, tests left out. */
function findDocumentFiles(folder: string): string[] {
  const entries = fs.readdirSync(folder, { withFileTypes: true, recursive: true });

  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => fs.readFileSync(file, 'utf8').includes('gql`'))
    .sort();
}

function isDocumentNode(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;
}

/**
 * Adds `__typename` to every selection set except the operation's root, as Apollo Client's
 * InMemoryCache does before it sends a document, so the measured tokens and cost are those on the wire.
 */
function addTypename(document: DocumentNode): DocumentNode {
  const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;

  return {
    ...document,
    definitions: document.definitions.map((definition) => {
      if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) {
        return definition;
      }
      const withTypename = (selectionSet: { selections: readonly unknown[] }, root: boolean): unknown => ({
        ...selectionSet,
        selections: [
          ...selectionSet.selections.map((selection) => {
            const node = selection as { selectionSet?: { selections: readonly unknown[] } };

            return node.selectionSet === undefined ? node : { ...node, selectionSet: withTypename(node.selectionSet, false) };
          }),
          ...(root ? [] : [typename]),
        ],
      });

      return { ...definition, selectionSet: withTypename(definition.selectionSet, definition.kind === Kind.OPERATION_DEFINITION) };
    }),
  } as DocumentNode;
}

/** Requires every portal module with a `gql` document and returns each exported document that contains an operation. */
function collectPortalOperations(): PortalOperation[] {
  const operations: PortalOperation[] = [];
  for (const folder of PORTAL_SOURCE_FOLDERS) {
    for (const file of findDocumentFiles(path.join(REPOSITORY_ROOT, folder))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(file) as Record<string, unknown>;
      for (const value of Object.values(exported)) {
        if (!isDocumentNode(value)) {
          continue;
        }
        const operation = value.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
        if (operation === undefined) {
          continue;
        }
        const document = addTypename(value);
        operations.push({
          label: `${path.relative(REPOSITORY_ROOT, file)} ${operation.name?.value ?? '(anonymous)'}`,
          text: print(document),
          document,
        });
      }
    }
  }

  return operations;
}

function countTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) {
    count += 1;
  }

  return count;
}

/** Measures one document with graphql-armor's own rules, each run with an unreachable limit so it only reports. */
function measure(schema: GraphQLSchema, operation: PortalOperation): Measurement {
  const found = { depth: 0, aliases: 0, directives: 0, cost: 0 };
  const recordInto = (key: keyof typeof found) => ({
    propagateOnRejection: false,
    onAccept: [(_context: unknown, details: { n: number }) => void (found[key] = Math.max(found[key], details.n))],
  });
  const unlimited = Number.MAX_SAFE_INTEGER;
  const rules: ValidationRule[] = [
    maxDepthRule({ n: unlimited, ...recordInto('depth') }),
    maxAliasesRule({ n: unlimited, ...recordInto('aliases') }),
    maxDirectivesRule({ n: unlimited, ...recordInto('directives') }),
    costLimitRule({ maxCost: unlimited, ...recordInto('cost') } as CostLimitOptions),
  ];
  const errors = validate(schema, operation.document, rules);
  if (errors.length > 0) {
    throw new Error(`${operation.label} could not be measured: ${errors.map((error) => error.message).join('; ')}`);
  }

  return { ...found, tokens: countTokens(operation.text) };
}

let schema: GraphQLSchema;
let operations: PortalOperation[];
let measurements: Map<string, Measurement>;

beforeAll(async () => {
  schema = await buildApiSchema();
  operations = collectPortalOperations();
  measurements = new Map(operations.map((operation) => [operation.label, measure(schema, operation)]));
});

function largest(key: keyof Measurement): { value: number; label: string } {
  let result = { value: 0, label: '' };
  for (const [label, measurement] of measurements) {
    if (measurement[key] > result.value) {
      result = { value: measurement[key], label };
    }
  }

  return result;
}

describe('query limits against the portal operations', () => {
  it('finds the operations of every portal', () => {
    for (const folder of PORTAL_SOURCE_FOLDERS) {
      expect(operations.filter((operation) => operation.label.startsWith(folder)).length).toBeGreaterThan(0);
    }
    expect(operations.length).toBeGreaterThanOrEqual(40);
    console.info(`${operations.length} portal operations`);
  });

  it.each([
    ['depth', QUERY_LIMITS.maxDepth],
    ['aliases', QUERY_LIMITS.maxAliases],
    ['tokens', QUERY_LIMITS.maxTokens],
    ['directives', QUERY_LIMITS.maxDirectives],
    ['cost', QUERY_LIMITS.maxCost],
  ] as const)('keeps the %s limit at 1.5 times the largest operation', (key, limit) => {
    const { value, label } = largest(key);
    // Printed so that docs/security.md can quote the measured values.
    console.info(`largest ${key}: ${value} (${label}), limit ${limit}`);

    expect(limit).toBeGreaterThanOrEqual(1.5 * value);
  });

  it('validates every portal operation with the production limits', () => {
    const limits = createQueryLimits({ hideSuggestions: true });
    for (const operation of operations) {
      const document = parse(operation.text, limits.parseOptions);
      const errors = validate(schema, document, [...specifiedRules, ...limits.validationRules]);

      expect({ operation: operation.label, errors: errors.map((error) => error.message) }).toEqual({ operation: operation.label, errors: [] });
    }
  });
});

describe('query limits against partner queries', () => {
  // The partner query of README.md, and a full page of leads (first is at most 100) with the fields
  // a partner reads, written as literals so that the cost rule multiplies by the page size.
  const PARTNER_QUERIES = [
    '{ leads(first: 10) { totalCount edges { node { id company stage slaState createdAt } } } }',
    `{ leads(first: 100) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id email fullName company country industry title source stage slaState slaDueAt createdAt owner { id name } } }
      } }`,
  ];

  it.each(PARTNER_QUERIES)('accepts %s', (query) => {
    const limits = createQueryLimits({ hideSuggestions: true });
    const document = parse(query, limits.parseOptions);
    const errors = validate(schema, document, [...specifiedRules, ...limits.validationRules]);

    expect(errors.map((error) => error.message)).toEqual([]);
    expect(QUERY_LIMITS.maxCost).toBeGreaterThanOrEqual(1.5 * measure(schema, { label: 'partner', text: query, document }).cost);
  });
});

describe('graphql-armor max-depth and introspection names', () => {
  // Depth 12: leads, edges, node, owner, seven levels of team and manager, and id.
  const DEEP = 'leads { edges { node { owner { team { manager { team { manager { team { manager { team { id } } } } } } } } } } }';
  const depthRuleOnly = () => maxDepthRule({ n: QUERY_LIMITS.maxDepth, propagateOnRejection: false, onReject: [(context, error) => context?.reportError(error)] });

  it.each([
    ['an operation named __schema', `query __schema { ${DEEP} }`],
    ['an operation named __type', `query __type { ${DEEP} }`],
    ['a fragment named __schema', `query Leads { ...__schema } fragment __schema on Query { ${DEEP} }`],
    ['an alias __schema', `{ __schema: ${DEEP} }`],
  ])('rejects a deep query in %s by itself', (_name, query) => {
    const errors = validate(schema, parse(query), [depthRuleOnly()]);

    expect(errors.map((error) => error.message)).toEqual([expect.stringContaining(`Query depth limit of ${QUERY_LIMITS.maxDepth} exceeded`)]);
  });

  it('skips the depth of the __schema field', () => {
    const deepIntrospection = '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }';

    expect(validate(schema, parse(deepIntrospection), [depthRuleOnly()])).toEqual([]);
  });

  it('leaves nested introspection to graphql-js MaxIntrospectionDepthRule', () => {
    const nested = '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
    const errors = validate(schema, parse(nested), specifiedRules);

    expect(errors.map((error) => error.message)).toEqual(['Maximum introspection depth exceeded']);
  });
});

describe('the directive limit', () => {
  it('counts directives written on each spread of a fragment', () => {
    const limits = createQueryLimits({ hideSuggestions: true });
    const spreads = Array.from({ length: 30 }, () => '...F @include(if: true)').join(' ');
    const errors = validate(schema, parse(`{ ${spreads} } fragment F on Query { __typename }`, limits.parseOptions), [
      ...specifiedRules,
      ...limits.validationRules,
    ]);

    expect(errors.map((error) => error.message)).toContain(`Directives limit of ${QUERY_LIMITS.maxDirectives} exceeded. Split the operation into smaller ones or select fewer fields.`);
  });
});
