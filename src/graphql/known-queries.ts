/**
 * A short way through for a query Guildhall has answered before. Apollo's request pipeline (hashing the
 * text, looking the document up, plugin hooks, a request context of its own, content negotiation) costs
 * a trivial query most of its time; a panel asks the same few queries over and over. So once Apollo has
 * answered a query POST without errors, its text is remembered with the parsed, validated document, and
 * the next POST of the same text runs the compiled query (executor.ts) directly, after the same checks
 * Apollo's plugins make (text that cannot be stored, the cost limit).
 *
 * Anything else goes to Apollo, unchanged: a text not seen before, mutations and subscriptions, GET and
 * multipart, extensions (persisted queries), an Accept header other than the usual ones, refused
 * variables, and any answer with an error: a query's resolvers only read, so one that ends in an error
 * is simply asked again of Apollo, which formats the error (codes, HTTP status, metrics) as it always does.
 * Resolvers, the context and the service layer are the same on both ways; the short way, knowing the parsed
 * query before the context is made, also reads the viewer's membership in the organisation it asks for with
 * the session (query-about.ts), one statement fewer than Apollo's way.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { RequestAbout } from "../auth/viewer.ts";
import type { RequestContext } from "../context.ts";
import { findUnstorableText } from "../lib/text-input.ts";
import type { CompiledOperations } from "./executor.ts";
import { costWithoutVariables, estimateCost, type QueryLimits } from "./limits.ts";
import { queryAbout, type QueryAbout } from "./query-about.ts";

/**
 * `cost`: the estimate, when no variable can change it (else estimated per request: limits.ts); `about`: the
 * organisation the query reads, whose membership check comes with the session (query-about.ts).
 */
type Known = { document: DocumentNode; operationName: string | null; cost: number | null; about: QueryAbout };

/** How many query texts are remembered (the oldest is forgotten first), and the longest remembered. */
const MAX_KNOWN = 1_000;
const MAX_TEXT = 20_000;

/** The Accept headers answered here, and the content type Apollo chooses for each. */
const CONTENT_TYPES = new Map<string | undefined, string>([
  [undefined, "application/json; charset=utf-8"],
  ["*/*", "application/json; charset=utf-8"],
  ["application/json", "application/json; charset=utf-8"],
  // Apollo Client's.
  ["application/graphql-response+json,application/json;q=0.9", "application/graphql-response+json; charset=utf-8"],
]);

export type KnownAnswer = { contentType: string; body: string };

export class KnownQueries {
  readonly #known = new Map<string, Known>();
  /** Requests answered the short way (for tests and curiosity; Apollo answered the rest). */
  answered = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: QueryLimits,
    private readonly compiled: CompiledOperations,
  ) {}

  /** Remembers each query Apollo answered without an error (for POST requests, with no extensions). */
  readonly plugin: ApolloServerPlugin<RequestContext> = {
    requestDidStart: async () => ({
      willSendResponse: async ({ request, document, operation, response }) => {
        if (operation?.operation !== "query" || !document || request.http?.method !== "POST" || request.extensions) return;
        if (response.body.kind !== "single" || response.body.singleResult.errors || typeof request.query !== "string") return;
        if (request.query.length > MAX_TEXT) return;
        const key = keyOf(request.query, request.operationName);
        if (this.#known.has(key)) return;
        if (this.#known.size >= MAX_KNOWN) this.#known.delete(this.#known.keys().next().value!);
        const operationName = operation.name?.value ?? null;
        const cost = costWithoutVariables(this.schema, document, operationName);
        this.#known.set(key, { document, operationName, cost, about: queryAbout(document, operationName) });
      },
    }),
  };

  /**
   * The answer to a POST body, if it is a known query that runs without an error; undefined otherwise
   * (then Apollo answers it). `context` builds the request's context, told the organisation the query is about.
   */
  async answer(body: unknown, accept: string | undefined, context: (about: RequestAbout | undefined) => Promise<RequestContext>): Promise<KnownAnswer | undefined> {
    const contentType = CONTENT_TYPES.get(accept);
    if (!contentType || typeof body !== "object" || body === null) return undefined;
    const { query, variables, operationName, ...rest } = body as Record<string, unknown>;
    if (typeof query !== "string" || Object.keys(rest).length > 0) return undefined;
    if (operationName != null && typeof operationName !== "string") return undefined;
    if (variables != null && (typeof variables !== "object" || Array.isArray(variables))) return undefined;
    const known = this.#known.get(keyOf(query, operationName));
    if (!known) return undefined;
    const values = (variables ?? {}) as Record<string, unknown>;
    if (findUnstorableText(values)) return undefined;
    if ((known.cost ?? estimateCost(this.schema, known.document, values, known.operationName)) > this.limits.maxCost) return undefined;
    const compiled = this.compiled.for(known.document, known.operationName);
    if (!compiled) return undefined;
    const result = await compiled.query(undefined, await context(known.about(values)), values);
    if (result.errors?.length || !result.data) return undefined;
    this.answered++;
    return { contentType, body: `${JSON.stringify({ data: result.data })}\n` };
  }
}

const keyOf = (query: string, operationName: unknown) => `${typeof operationName === "string" ? operationName : ""}\n${query}`;
