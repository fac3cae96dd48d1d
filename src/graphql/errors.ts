/**
 * How service errors reach GraphQL clients. Access errors become GraphQL errors with `extensions.code`;
 * expected failures of a mutation go into its payload's `userErrors`; anything else is masked.
 */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { AppError } from "../errors.ts";

export type UserError = { code: string; message: string; field: string | null; retryAfterSeconds: number | null };

export function toGraphQLError(error: AppError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code } });
}

/**
 * Runs a mutation's service call. Returns the payload with `userErrors: []`, or only `userErrors` for an
 * expected failure. Access errors are thrown as GraphQL errors.
 */
export async function mutationPayload<T extends object>(run: () => Promise<T>): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.isAccessError) throw toGraphQLError(error);
    const userError = {
      code: error.code,
      message: error.message,
      field: error.field ?? null,
      retryAfterSeconds: error.retryAfterSeconds ?? null,
    };
    return { userErrors: [userError] } as Partial<T> & { userErrors: UserError[] };
  }
}

/**
 * Apollo's formatError: an AppError keeps its code and message; errors Apollo already classified for the
 * client (parse, validation, bad variables, and the GraphQL errors we throw on purpose) pass through;
 * anything Apollo calls INTERNAL_SERVER_ERROR is masked, its details left to the log.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError;
  if (original instanceof AppError) {
    return { ...formatted, message: original.message, extensions: { code: original.code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") return formatted;
  return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
