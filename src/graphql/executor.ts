/**
 * Executes operations with graphql-jit: a document that is asked for again is compiled once into a
 * JavaScript function for its exact selection, which then runs without graphql-js's per-field
 * interpretation (argument coercion, type checks, a promise per object). Plugged in through Apollo's
 * executor interface (the `gateway` option), so parsing, validation, the document cache, plugins,
 * error formatting and the HTTP layer stay Apollo's.
 *
 * A document is run by graphql-js the first time it is seen and compiled when it comes back: compiling
 * costs a few milliseconds, which a client sending ever-new documents must not be able to make us pay
 * on every request. Compiled queries live as long as Apollo keeps the parsed document in its cache.
 */
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { execute, GraphQLError, Source, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

type Compiled = { seen: number; query?: CompiledQuery | null };
type Result = ExecutionResult<Record<string, any>, Record<string, any>>;

/** Compiled queries per parsed document (Apollo reuses the object for the same text) and operation name. */
export class CompiledOperations {
  readonly #documents = new WeakMap<DocumentNode, Map<string | null, Compiled>>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** The compiled query, or null while the document is new (or cannot be compiled): run it with graphql-js. */
  for(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    let operations = this.#documents.get(document);
    if (!operations) this.#documents.set(document, (operations = new Map()));
    let entry = operations.get(operationName);
    if (!entry) operations.set(operationName, (entry = { seen: 0 }));
    if (entry.query !== undefined) return entry.query;
    if (++entry.seen < 2) return null;
    const compiled = compileQuery(this.schema, document, operationName ?? undefined);
    // What graphql-jit cannot compile (it reports errors instead) keeps running on graphql-js.
    entry.query = isCompiledQuery(compiled) ? compiled : null;
    return entry.query;
  }
}

export function jitExecutor(schema: GraphQLSchema, compiledOperations: CompiledOperations): GatewayInterface {
  const executor: GatewayExecutor = async (request) => {
    const compiled = compiledOperations.for(request.document, request.operationName);
    const variables = request.request.variables ?? {};
    const interpreted = async () =>
      (await execute({ schema, document: request.document, contextValue: request.context, variableValues: variables, operationName: request.operationName })) as Result;
    if (!compiled) return interpreted();
    const result = (await compiled.query(undefined, request.context, variables)) as Result;
    if (!result.errors?.length) return result;
    // No data at all: the variables were refused before anything ran. graphql-js says why in the words
    // (and with the nodes) Apollo recognises as BAD_USER_INPUT, so it answers those.
    if (result.data === undefined) return interpreted();
    return { ...result, errors: asGraphQLErrors(result.errors, request.source) };
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors look like graphql-js's but carry no `extensions` object when the thrown error had
 * none, and Apollo's error formatting reads `extensions.code`: rebuilt as graphql-js errors (same message,
 * path, locations, original error), they are formatted exactly as under graphql-js.
 */
function asGraphQLErrors(errors: readonly GraphQLError[], text: string): GraphQLError[] {
  const source = new Source(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  return errors.map((error) => {
    const positions = error.locations?.map(({ line, column }) => (lineStarts[line - 1] ?? 0) + column - 1);
    return new GraphQLError(error.message, {
      source: positions?.length ? source : undefined,
      positions: positions?.length ? positions : undefined,
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: error.extensions,
    });
  });
}
