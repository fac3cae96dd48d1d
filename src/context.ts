/**
 * The per-request context that every service takes first: who is asking, the database, and this
 * request's DataLoaders. GraphQL and REST build it the same way, once per request.
 */
import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import { viewerFromAuthorization, type Viewer } from "./auth/viewer.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db/client.ts";
import { RequestLoaders } from "./lib/loaders.ts";

export type { Viewer } from "./auth/viewer.ts";

/** What lives as long as the process: configuration, the database, shared services. */
export type AppDeps = { config: Config; db: Db; log: FastifyBaseLogger };

export type RequestContext = AppDeps & {
  viewer: Viewer | null;
  loaders: RequestLoaders;
  /** The client's address, as recorded in the activity log. */
  ip: string | null;
  requestId: string;
};

export async function createRequestContext(deps: AppDeps, request: FastifyRequest): Promise<RequestContext> {
  return {
    ...deps,
    log: request.log,
    viewer: await viewerFromAuthorization(deps.db, request.headers.authorization),
    loaders: new RequestLoaders(deps.db),
    ip: request.ip ?? null,
    requestId: String(request.id),
  };
}
