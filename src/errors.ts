/**
 * The one error type services throw. GraphQL and REST translate it the same way everywhere:
 * access errors (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, FEATURE_DISABLED) become GraphQL errors with
 * `extensions.code`; every other code is an expected failure that mutations return in `userErrors`.
 * REST answers `{ error, code }` with `status`.
 */
export const ACCESS_ERROR_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "FEATURE_DISABLED"]);

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly field?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }

  get isAccessError(): boolean {
    return ACCESS_ERROR_CODES.has(this.code);
  }
}

export const invalidInput = (message: string, field?: string) => new AppError("INVALID_INPUT", message, 400, field);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in to do this.", 401);
export const forbidden = (message = "You are not allowed to do this.") => new AppError("FORBIDDEN", message, 403);
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found.`, 404);
export const conflict = (code: string, message: string, field?: string) => new AppError(code, message, 409, field);
export const rateLimited = (retryAfterSeconds: number, message?: string) =>
  new AppError(
    "RATE_LIMITED",
    message ?? `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    429,
    undefined,
    retryAfterSeconds,
  );
export const featureDisabled = (feature: string) =>
  new AppError("FEATURE_DISABLED", `The ${feature} feature is not enabled on this server.`, 503);

/**
 * The name of the unique constraint a database error violated, or null. postgres.js and PGlite name the
 * field differently, and drizzle wraps both in a DrizzleQueryError whose `cause` is the driver's error.
 */
export function violatedUniqueConstraint(error: unknown): string | null {
  for (let e: any = error; e; e = e.cause) {
    if (e.code === "23505") return e.constraint_name ?? e.constraint ?? "unknown";
  }
  return null;
}
