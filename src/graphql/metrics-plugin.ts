/**
 * Counts GraphQL failures by code for the metrics: errors (access, validation, unexpected) and the
 * `userErrors` a mutation's payload carries (its expected failures).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { AppError } from "../errors.ts";
import type { Metrics } from "../metrics.ts";

export function metricsPlugin(metrics: Metrics | undefined): ApolloServerPlugin {
  if (!metrics) return {};
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = error.originalError;
            const code = original instanceof AppError ? original.code : typeof error.extensions?.code === "string" ? error.extensions.code : "INTERNAL_SERVER_ERROR";
            metrics.countError(code, "graphql");
          }
        },
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== "mutation" || response.body.kind !== "single") return;
          for (const payload of Object.values(response.body.singleResult.data ?? {})) {
            const userErrors = (payload as { userErrors?: unknown } | null)?.userErrors;
            if (Array.isArray(userErrors)) for (const userError of userErrors) metrics.countError(String(userError?.code), "graphql");
          }
        },
      };
    },
  };
}
