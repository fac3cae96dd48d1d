/**
 * What one GraphQL request may cost, checked before execution: depth, aliases, directives and tokens as
 * validation and parse limits, and a cost estimate from `first` arguments and list nesting (a list
 * without `first` is assumed to hold 20: the organisation page costs about 830, the viewer's whole tree of
 * organisations with their default pages of servers and devices about 27,000). Refused with
 * a 400 and `extensions.code`: GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED or QUERY_TOO_COMPLEX.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  GraphQLError,
  type GraphQLNonNull,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from "graphql";

export type QueryLimits = { maxDepth: number; maxAliases: number; maxDirectives: number; maxTokens: number; maxCost: number };

/** The defaults (GRAPHQL_MAX_DEPTH, _ALIASES, _DIRECTIVES, _TOKENS, _COST change them). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxDirectives: 20, maxTokens: 5000, maxCost: 20_000 };

/** A connection's page when `first` is not given (src/lib/pagination.ts), and a plain list's assumed length. */
const DEFAULT_PAGE = 50;
const ASSUMED_LIST_LENGTH = 20;

/** Reported as validation errors (400), not thrown (which Apollo would call a 500). */
const reportInstead = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };

export function validationRules(limits: QueryLimits) {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...reportInstead }),
    maxAliasesRule({ n: limits.maxAliases, ...reportInstead }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportInstead }),
  ];
}

type AnyField = GraphQLField<unknown, unknown>;

// Types are told apart by their tags and members, never by instanceof: a schema made by another copy of graphql
// (its other build) would fail instanceof, and a wrapper mistaken for a named type would cost nothing. Nor by
// graphql-js's isListType and getNamedType, which check for such copies on every miss unless NODE_ENV is
// production (with String(field.type), that was most of an estimate's time: 12.5 µs for the organisation page,
// now about 4).
const fieldsOf = (type: GraphQLNamedType): Record<string, AnyField> | undefined =>
  "getFields" in type && typeof type.getFields === "function" ? (type.getFields() as Record<string, AnyField>) : undefined;
const tagOf = (type: GraphQLType) => (type as { [Symbol.toStringTag]?: string })[Symbol.toStringTag];
const nullable = (type: GraphQLType) => (tagOf(type) === "GraphQLNonNull" ? (type as GraphQLNonNull<GraphQLType>).ofType : type);
const isList = (field: AnyField) => tagOf(nullable(field.type)) === "GraphQLList";
const namedTypeOf = (field: AnyField): GraphQLNamedType => {
  let type: GraphQLType = field.type;
  while ("ofType" in type) type = type.ofType;
  return type;
};

/** How many items a field multiplies its selection by. */
function multiplier(parent: GraphQLNamedType, field: AnyField, first: number | undefined): number {
  if (field.name.startsWith("__") || parent.name.startsWith("__")) return 1; // introspection
  if (field.args.some((arg) => arg.name === "first")) return first === undefined ? DEFAULT_PAGE : Math.max(0, first);
  // A connection's `nodes` and `edges` are its page, already counted at the connection field.
  if (parent.name.endsWith("Connection")) return 1;
  return isList(field) ? ASSUMED_LIST_LENGTH : 1;
}

/** A variable's value, by name. */
type VariableValue = (name: string) => unknown;

function intValue(node: ValueNode | undefined, variableValue: VariableValue): number | undefined {
  if (node?.kind === Kind.INT) return Number(node.value);
  if (node?.kind === Kind.VARIABLE) {
    const value = variableValue(node.name.value);
    return typeof value === "number" ? value : undefined;
  }
  return undefined;
}

/**
 * The estimated cost of an operation: each field costs 1 plus its selection's cost times its multiplier.
 * Fragments are followed, each costed once however often it is spread (a cycle counts nothing); the inline
 * fragments of an abstract type are added up, an over-estimate on the safe side.
 */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  return estimate(schema, document, (name) => variables[name], operationName);
}

/**
 * The operation's cost when no variable can change it (no list size given as `first: $n`), else null: then it
 * is estimated with each request's variables. An organisation page asks for its organisation by `$id` and its
 * lists by fixed sizes: its cost is the same for every request, and known-queries.ts estimates it once.
 */
export function costWithoutVariables(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): number | null {
  let usesVariables = false;
  const cost = estimate(schema, document, () => void (usesVariables = true), operationName);
  return usesVariables ? null : cost;
}

function estimate(schema: GraphQLSchema, document: DocumentNode, variableValue: VariableValue, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operation = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const costOf = (type: GraphQLNamedType, selectionSet: SelectionSetNode): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldsOf(type)?.[selection.name.value];
        if (!field) continue; // __typename, or a field validation has already refused
        const named = namedTypeOf(field);
        const child = selection.selectionSet && named ? costOf(named, selection.selectionSet) : 0;
        const first = intValue(selection.arguments?.find((argument) => argument.name.value === "first")?.value, variableValue);
        total += 1 + multiplier(type, field, first) * child;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on) total += costOf(on, selection.selectionSet);
      } else {
        total += fragmentCost(selection.name.value);
      }
    }
    return total;
  };
  // Each fragment is costed once: a fragment spread 40 times in each of four nested fragments is 40^4
  // spreads, which a walk would visit one by one (seconds of CPU from a 1 KB document).
  const fragmentCosts = new Map<string, number>();
  const fragmentCost = (name: string): number => {
    let cost = fragmentCosts.get(name);
    if (cost !== undefined) return cost;
    const fragment = fragments.get(name);
    const on = fragment && schema.getType(fragment.typeCondition.name.value);
    fragmentCosts.set(name, 0); // a cycle (validation refuses those first) adds nothing
    cost = fragment && on ? costOf(on, fragment.selectionSet) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  };
  return costOf(root, operation.selectionSet);
}

/** Refuses an operation whose estimated cost is over the limit, once its variables are known. */
export function costLimitPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = estimateCost(schema, document, request.variables ?? {}, request.operationName);
          if (cost > limits.maxCost) {
            throw new GraphQLError(`This query would cost ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`, {
              extensions: { code: "QUERY_TOO_COMPLEX", cost, maxCost: limits.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
