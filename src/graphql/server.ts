/**
 * The Apollo server: schema, error masking, cost limits (src/graphql/limits.ts), and nothing Guildhall
 * does not use.
 * Draining is fastify's: `server.close()` finishes in-flight requests, then stops Apollo (app.ts).
 */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { FastifyInstance } from "fastify";
import type { RequestContext } from "../context.ts";
import { formatError } from "./errors.ts";
import { costLimitPlugin, DEFAULT_QUERY_LIMITS, validationRules, type QueryLimits } from "./limits.ts";
import { metricsPlugin } from "./metrics-plugin.ts";
import { textInputPlugin } from "./text-input-plugin.ts";
import { buildSchema } from "./schema.ts";
import { CompiledOperations, jitExecutor } from "./executor.ts";
import { KnownQueries } from "./known-queries.ts";

/** The deepest selection a query may make (introspection aside) unless GRAPHQL_MAX_DEPTH says otherwise. */
export const MAX_QUERY_DEPTH = DEFAULT_QUERY_LIMITS.maxDepth;

/** Apollo, and the short way through for queries it has answered before (known-queries.ts). */
export function createApolloServer(app: FastifyInstance, limits: QueryLimits): { apollo: ApolloServer<RequestContext>; knownQueries: KnownQueries } {
  const schema = buildSchema();
  const compiled = new CompiledOperations(schema);
  const knownQueries = new KnownQueries(schema, limits, compiled);
  const apollo = new ApolloServer<RequestContext>({
    gateway: jitExecutor(schema, compiled),
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: Apollo's own signal handler would re-raise SIGTERM before requests drain.
    stopOnTerminationSignals: false,
    introspection: true,
    // A document of more tokens than this is refused while parsing, before it can cost anything else.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: validationRules(limits),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      textInputPlugin,
      costLimitPlugin(schema, limits),
      metricsPlugin(app.metrics),
      knownQueries.plugin,
    ],
    logger: app.log,
  });
  return { apollo, knownQueries };
}
