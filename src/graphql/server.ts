/**
 * The Apollo server: schema, error masking, query-depth cap, and nothing Guildhall does not use.
 * Draining is fastify's: `server.close()` finishes in-flight requests, then stops Apollo (app.ts).
 */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import type { FastifyInstance } from "fastify";
import type { RequestContext } from "../context.ts";
import { formatError } from "./errors.ts";
import { textInputPlugin } from "./text-input-plugin.ts";
import { buildSchema } from "./schema.ts";

/** The deepest selection a query may make (introspection aside). Documented in the README. */
export const MAX_QUERY_DEPTH = 12;

export function createApolloServer(app: FastifyInstance) {
  return new ApolloServer<RequestContext>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: Apollo's own signal handler would re-raise SIGTERM before requests drain.
    stopOnTerminationSignals: false,
    introspection: true,
    validationRules: [
      maxDepthRule({
        n: MAX_QUERY_DEPTH,
        ignoreIntrospection: true,
        // Report as a validation error (400 GRAPHQL_VALIDATION_FAILED); thrown, Apollo would call it a 500.
        propagateOnRejection: false,
        onReject: [(context, error) => context?.reportError(error)],
      }),
    ],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      textInputPlugin,
    ],
    logger: app.log,
  });
}
