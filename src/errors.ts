/**
 * The one error type services throw. GraphQL and REST translate it the same way everywhere:
 * access errors (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, FEATURE_DISABLED) become GraphQL errors with
 * `extensions.code`; every other code is an expected failure that mutations return in `userErrors`.
 * REST answers `{ error, code }` with the status src/rest/errors.ts gives the code.
 */
export const ACCESS_ERROR_CODES = new Set<ErrorCode>(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "FEATURE_DISABLED"]);

/**
 * Every code a service may throw. The REST edge gives each its HTTP status in one table
 * (src/rest/errors.ts, typed so a code without a status does not compile); services never speak HTTP.
 */
export type ErrorCode =
  // Access
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "FEATURE_DISABLED"
  // Input and limits
  | "INVALID_INPUT"
  | "RATE_LIMITED"
  // Accounts
  | "EMAIL_TAKEN"
  | "INVALID_CREDENTIALS"
  | "INVALID_TOKEN"
  | "TOKEN_USED"
  | "TOKEN_EXPIRED"
  | "EMAIL_ALREADY_VERIFIED"
  | "EMAIL_NOT_VERIFIED"
  | "USER_NOT_FOUND"
  // Organisations and members
  | "HANDLE_TAKEN"
  | "ALREADY_MEMBER"
  | "MEMBER_NOT_FOUND"
  | "NOT_A_MEMBER"
  | "OWNER_CANNOT_LEAVE"
  | "OWNER_MUST_TRANSFER"
  // Invites
  | "CANNOT_INVITE_SELF"
  | "INVITE_PENDING"
  | "INVITE_NOT_PENDING"
  | "INVITE_ALREADY_USED"
  | "INVITE_EXPIRED"
  | "INVITE_REVOKED"
  // Servers and nodes
  | "TIER_LIMIT_REACHED"
  | "PERSONAL_SERVER_LIMIT_REACHED"
  | "NODE_NOT_AVAILABLE"
  | "NODE_FULL"
  | "NO_CAPACITY"
  | "NODE_FQDN_TAKEN"
  | "NODE_IN_USE"
  | "NODE_ALREADY_ASSIGNED"
  | "ORGANISATION_NOT_ENTERPRISE"
  | "ORGANISATION_LIMIT_REACHED"
  | "TUNNEL_DEVICE_LIMIT_REACHED"
  // DNS
  | "INVALID_ZONE_NAME"
  | "PUBLIC_SUFFIX"
  | "NAME_OUTSIDE_ZONE"
  | "INVALID_TTL"
  | "INVALID_CONTENT"
  | "INVALID_SRV_NAME"
  | "INVALID_ZONE_FILE"
  | "CNAME_AT_APEX"
  | "DUPLICATE_RECORD"
  | "CNAME_CONFLICT"
  | "APEX_NS_RESERVED"
  | "ZONE_TAKEN"
  | "ZONE_OVERLAPS"
  | "ZONE_LIMIT_REACHED"
  | "RECORD_LIMIT_REACHED"
  // Avatars
  | "UNSUPPORTED_MEDIA_TYPE"
  | "PAYLOAD_TOO_LARGE"
  | "IMAGE_TOO_LARGE"
  | "INVALID_IMAGE"
  | "BUSY";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
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

export const invalidInput = (message: string, field?: string) => new AppError("INVALID_INPUT", message, field);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in to do this.");
/** A bearer token that signs no one in: the client should drop it and sign in again. */
export const credentialsRejected = () =>
  new AppError("UNAUTHENTICATED", "This token is unknown, expired or revoked. Sign in again.");
export const forbidden = (message = "You are not allowed to do this.") => new AppError("FORBIDDEN", message);
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found.`);
export const rateLimited = (retryAfterSeconds: number, message?: string) =>
  new AppError(
    "RATE_LIMITED",
    message ?? `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    undefined,
    retryAfterSeconds,
  );
export const featureDisabled = (feature: string) =>
  new AppError("FEATURE_DISABLED", `The ${feature} feature is not enabled on this server.`);

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
