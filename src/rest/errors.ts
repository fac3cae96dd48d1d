/**
 * One error answer for every HTTP route: `{ "error": "<message>", "code": "<CODE>" }` with the right
 * status. Malformed bodies, wrong types and unknown routes are 4xx; nothing internal leaks.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../errors.ts";

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
  if (error instanceof AppError) {
    if (error.retryAfterSeconds) reply.header("retry-after", String(error.retryAfterSeconds));
    return sendError(reply, error.status, error.code, error.message);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    return sendError(reply, 400, "INVALID_INPUT", `Invalid request: ${fastifyError.message}`);
  }
  const known = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (known) return sendError(reply, known.status, known.code, known.message ?? fastifyError.message);
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // SyntaxError from the JSON parser and other client faults fastify recognises.
    const code = fastifyError.statusCode === 400 ? "INVALID_INPUT" : "BAD_REQUEST";
    return sendError(reply, fastifyError.statusCode, code, fastifyError.message);
  }
  request.log.error({ err: error }, "request failed");
  return sendError(reply, 500, "INTERNAL", "Internal server error");
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendError(reply, 404, "NOT_FOUND", `No route for ${request.method} ${request.url.split("?")[0]}.`);
}
