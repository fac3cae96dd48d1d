/**
 * The per-request context that every service takes first: who is asking, the database, and this
 * request's DataLoaders. GraphQL and REST build it the same way, once per request.
 */
import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import type { Config } from "./config.ts";
import type { Db } from "./db/client.ts";
import type { UserRow } from "./modules/users/tables.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import { hashToken } from "./lib/secrets.ts";
import { sessionUserByTokenHash } from "./modules/users/queries.ts";

/** The signed-in user and the session their token belongs to. */
export type Viewer = { user: UserRow; sessionId: string };

/** What lives as long as the process: configuration, the database, shared services. */
export type AppDeps = { config: Config; db: Db; log: FastifyBaseLogger };

export type RequestContext = AppDeps & {
  viewer: Viewer | null;
  loaders: Loaders;
  /** The client's address, as recorded in the activity log. */
  ip: string | null;
  requestId: string;
};

const BEARER = /^Bearer\s+(\S+)$/i;

/** Resolves the bearer token (if any) to a viewer; an unknown, expired or revoked token means anonymous. */
export async function createRequestContext(deps: AppDeps, request: FastifyRequest): Promise<RequestContext> {
  const token = BEARER.exec(request.headers.authorization ?? "")?.[1];
  const found = token ? await sessionUserByTokenHash(deps.db, hashToken(token)) : null;
  return {
    ...deps,
    log: request.log,
    viewer: found ? { user: found.user, sessionId: found.sessionId } : null,
    loaders: createLoaders(deps.db),
    ip: request.ip ?? null,
    requestId: String(request.id),
  };
}
