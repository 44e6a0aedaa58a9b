import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Limits on the shape of one GraphQL document, checked while Apollo Server parses and validates it, so
 * a rejected document never reaches a resolver. query-limits.test.ts measures every operation of the
 * portals with the same rules and checks that each limit is at least 1.5 times the largest measured
 * value. docs/security.md lists the values and the measurements.
 */
export const QUERY_LIMITS = {
  /** Nested selection sets below the operation, where a fragment spread counts as one level (graphql-armor max-depth). */
  maxDepth: 10,
  /** Aliased fields, `__typename` aside (graphql-armor max-aliases). */
  maxAliases: 15,
  /** Lexical tokens of the query text, comments excluded (graphql-js parse option `maxTokens`). */
  maxTokens: 1000,
  /** Directives such as `@include`, across the operation and its fragments (graphql-armor max-directives). */
  maxDirectives: 10,
  /**
   * graphql-armor cost: 1 per scalar and 2 per object field, times 1.5 per level and times a literal
   * `first`. A partner's page of 100 leads costs about 7800, so it sizes this limit, not the portals.
   */
  maxCost: 12000,
} as const;

/** Message appended to every limit rejection, so a client knows how to fix its request. */
const SPLIT_ADVICE = 'Split the operation into smaller ones or select fewer fields.';

export interface QueryLimitOptions {
  /** Removes graphql-js's "Did you mean" suggestions from every error, so messages do not reveal the schema. */
  hideSuggestions: boolean;
}

export interface QueryLimitSetup {
  /** Validation rules for Apollo Server's `validationRules`: depth, aliases, directives, cost and introspection names. */
  validationRules: ValidationRule[];
  /** Apollo Server plugins: the suggestion filter when `hideSuggestions` is set. */
  plugins: ApolloServerPlugin<BaseContext>[];
  /** Apollo Server's `parseOptions`, which carry the token limit. */
  parseOptions: ParseOptions;
}

/**
 * Builds the graphql-armor protections for Apollo Server. Each armor rule reports its rejection to the
 * validation context, so Apollo returns HTTP 400 with GRAPHQL_VALIDATION_FAILED before any resolver runs.
 * The token limit uses graphql-js's own `maxTokens` parse option instead of armor's max-tokens plugin,
 * because armor 3.2.0 throws from Apollo's `parsingDidStart` hook, which Apollo turns into HTTP 500.
 * Suggestions are removed by `hideSuggestionsPlugin` instead of armor's block-field-suggestions, whose
 * pattern misses "Did you mean the enum value" and leaves the question mark behind.
 */
export function createQueryLimits(options: QueryLimitOptions): QueryLimitSetup {
  const rejection = { onReject: [reportLimitRejection], propagateOnRejection: false };
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ...rejection },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...rejection },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...rejection },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ...rejection },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();

  return {
    validationRules: [...protection.validationRules, ReservedIntrospectionNameRule, DocumentDirectiveLimitRule],
    plugins: options.hideSuggestions ? [hideSuggestionsPlugin] : [],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}

/**
 * Reports an armor rejection as a validation error. Armor prefixes its messages with "Syntax Error: "
 * although the document parsed, so the prefix is replaced by advice.
 */
const reportLimitRejection: GraphQLArmorRejectCallback = (context, error) => {
  const message = `${error.message.replace(/^Syntax Error: /, '')} ${SPLIT_ADVICE}`;
  context?.reportError(new GraphQLError(message));
};

/** graphql-js's suggestion text, such as ` Did you mean "leads"?` or ` Did you mean the enum value "SQL" or "SAL"?`. */
const SUGGESTION_PATTERN = / ?Did you mean [^?]*\?/g;

/** Removes suggestions from every error of a request: parse, validation, variable and resolver errors. */
const hideSuggestionsPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          error.message = error.message.replace(SUGGESTION_PATTERN, '');
        }
      },
    };
  },
};

const INTROSPECTION_FIELD_NAMES: ReadonlySet<string> = new Set(['__schema', '__type']);

/**
 * Rejects operations, fragments and aliases named `__schema` or `__type`. graphql-armor's depth and cost
 * rules skip the introspection field `__schema`. Older releases skipped any node of that name, so a deep
 * query behind a fragment named `__schema` went unchecked (fixed for max-depth by graphql-armor pull request 823).
 * max-depth 2.4.2 and cost-limit 2.4.3, which armor 3.2.0 installs, check the node kind, and
 * query-limits.test.ts checks that they do. This rule keeps such names out if a release regresses. No
 * portal operation uses them, and the GraphQL specification reserves names that start with two
 * underscores for introspection.
 */
export function ReservedIntrospectionNameRule(context: ValidationContext) {
  const reject = (kind: string, name: string) => {
    context.reportError(
      new GraphQLError(`The ${kind} name "${name}" is reserved for introspection. Rename the ${kind}.`),
    );
  };

  return {
    OperationDefinition(node: { name?: { value: string } }) {
      if (node.name !== undefined && INTROSPECTION_FIELD_NAMES.has(node.name.value)) {
        reject('operation', node.name.value);
      }
    },
    FragmentDefinition(node: { name: { value: string } }) {
      if (INTROSPECTION_FIELD_NAMES.has(node.name.value)) {
        reject('fragment', node.name.value);
      }
    },
    Field(node: { alias?: { value: string } }) {
      if (node.alias !== undefined && INTROSPECTION_FIELD_NAMES.has(node.alias.value)) {
        reject('alias', node.alias.value);
      }
    },
  };
}

/**
 * Counts every directive written anywhere in the document against `maxDirectives`. graphql-armor's
 * max-directives rule (2.3.x) counts a fragment's directives once through the cache and drops the
 * directives written on each spread of it, so `...F @include(if: true)` repeated 30 times passed.
 */
export function DocumentDirectiveLimitRule(context: ValidationContext) {
  let count = 0;
  let reported = false;

  return {
    Directive() {
      count += 1;
      if (count > QUERY_LIMITS.maxDirectives && !reported) {
        reported = true;
        context.reportError(new GraphQLError(`Directives limit of ${QUERY_LIMITS.maxDirectives} exceeded. ${SPLIT_ADVICE}`));
      }
    },
  };
}
