/**
 * Which browser pages may call Guildhall from another origin: exactly the origins in CORS_ORIGINS (none by
 * default: same-origin only). Their preflights get the methods and headers Guildhall's clients send and may
 * be cached; every other origin gets no CORS headers, so the browser refuses its page the answer. Tokens
 * travel in the Authorization header, never in cookies, so credentialed requests are not allowed. Apollo's
 * CSRF protection stays on: what a page may send without a preflight is still refused at /graphql.
 */
import type { IncomingHttpHeaders } from "node:http";
import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config.ts";

/** Request headers a cross-origin page may send: Guildhall's own, and Apollo Client's preflight headers. */
export const CORS_ALLOWED_HEADERS = ["authorization", "content-type", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id"];
export const CORS_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];
/** How long a browser may reuse a preflight's answer (seconds; Chromium caps it at 7200). */
export const CORS_MAX_AGE = 7200;

/** Registers CORS on the root instance, so it covers /graphql, /api and everything else. */
export async function registerCors(server: FastifyInstance, config: Config): Promise<void> {
  await server.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && config.corsOrigins.has(origin)),
    methods: CORS_METHODS,
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: ["x-request-id", "retry-after"],
    maxAge: CORS_MAX_AGE,
    credentials: false,
  });
}

/**
 * Whether a WebSocket upgrade may proceed. Browsers do not apply CORS to WebSockets, so the Origin is
 * checked here: none (not a browser), this server's own (same-origin pages, the playground) or an allowed one.
 */
export function websocketOriginAllowed(headers: IncomingHttpHeaders, config: Config): boolean {
  const origin = headers.origin;
  if (!origin) return true;
  if (config.corsOrigins.has(origin)) return true;
  return URL.canParse(origin) && new URL(origin).host === headers.host;
}
