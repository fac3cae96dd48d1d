/**
 * One error answer for every HTTP route: `{ "error": "<message>", "code": "<CODE>" }` with the right
 * status. Malformed bodies, wrong types and unknown routes are 4xx; nothing internal leaks.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AppError, type ErrorCode } from "../errors.ts";

/** The HTTP status of every code a service throws: the one place a domain error meets HTTP. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FEATURE_DISABLED: 503,
  INVALID_INPUT: 400,
  RATE_LIMITED: 429,
  EMAIL_TAKEN: 409,
  INVALID_CREDENTIALS: 401,
  INVALID_TOKEN: 400,
  TOKEN_USED: 409,
  TOKEN_EXPIRED: 410,
  EMAIL_ALREADY_VERIFIED: 409,
  EMAIL_NOT_VERIFIED: 403,
  USER_NOT_FOUND: 404,
  HANDLE_TAKEN: 409,
  ALREADY_MEMBER: 409,
  MEMBER_NOT_FOUND: 404,
  NOT_A_MEMBER: 409,
  OWNER_CANNOT_LEAVE: 409,
  OWNER_MUST_TRANSFER: 409,
  CANNOT_INVITE_SELF: 409,
  INVITE_PENDING: 409,
  INVITE_NOT_PENDING: 409,
  INVITE_ALREADY_USED: 409,
  INVITE_EXPIRED: 410,
  INVITE_REVOKED: 410,
  TIER_LIMIT_REACHED: 403,
  PERSONAL_SERVER_LIMIT_REACHED: 403,
  NODE_NOT_AVAILABLE: 404,
  NODE_FULL: 409,
  NO_CAPACITY: 409,
  NODE_FQDN_TAKEN: 409,
  NODE_IN_USE: 409,
  NODE_ALREADY_ASSIGNED: 409,
  ORGANISATION_NOT_ENTERPRISE: 409,
  ORGANISATION_LIMIT_REACHED: 403,
  TUNNEL_DEVICE_LIMIT_REACHED: 403,
  INVALID_ZONE_NAME: 400,
  PUBLIC_SUFFIX: 400,
  NAME_OUTSIDE_ZONE: 400,
  INVALID_TTL: 400,
  INVALID_CONTENT: 400,
  INVALID_SRV_NAME: 400,
  INVALID_ZONE_FILE: 400,
  // Wrong on its own, whatever else the zone holds.
  CNAME_AT_APEX: 400,
  DUPLICATE_RECORD: 409,
  CNAME_CONFLICT: 409,
  APEX_NS_RESERVED: 409,
  ZONE_TAKEN: 409,
  // Another organisation's zone is a parent or a child of this name.
  ZONE_OVERLAPS: 409,
  ZONE_LIMIT_REACHED: 403,
  RECORD_LIMIT_REACHED: 403,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  // A well-formed image within the byte limit whose declared dimensions we refuse: understood, not processable.
  IMAGE_TOO_LARGE: 422,
  INVALID_IMAGE: 400,
  BUSY: 503,
};

const FASTIFY_CODES: Record<string, { status: number; code: string; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: "PAYLOAD_TOO_LARGE", message: "The request body is too large." },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "Send JSON (Content-Type: application/json).",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: "INVALID_INPUT" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: "INVALID_INPUT", message: "The JSON body is empty." },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: "INVALID_JSON", message: "The body is not valid JSON." },
};

export function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).type("application/json; charset=utf-8").send({ error: message, code });
}

export function handleError(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  const count = (code: string) => request.server.metrics?.countError(code, "rest");
  if (error instanceof AppError) {
    count(error.code);
    if (error.retryAfterSeconds) reply.header("retry-after", String(error.retryAfterSeconds));
    return sendError(reply, HTTP_STATUS[error.code], error.code, error.message);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    count("INVALID_INPUT");
    return sendError(reply, 400, "INVALID_INPUT", `Invalid request: ${fastifyError.message}`);
  }
  const known = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (known) {
    count(known.code);
    return sendError(reply, known.status, known.code, known.message ?? fastifyError.message);
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // SyntaxError from the JSON parser and other client faults fastify recognises.
    const code = fastifyError.statusCode === 400 ? "INVALID_INPUT" : "BAD_REQUEST";
    count(code);
    return sendError(reply, fastifyError.statusCode, code, fastifyError.message);
  }
  count("INTERNAL");
  request.log.error({ err: error }, "request failed");
  return sendError(reply, 500, "INTERNAL", "Internal server error");
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendError(reply, 404, "NOT_FOUND", `No route for ${request.method} ${request.url.split("?")[0]}.`);
}
