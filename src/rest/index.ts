/**
 * The REST shim: the documented /api endpoints, each a thin route (in its module's routes.ts) that
 * validates the request's shape and calls the same service function the GraphQL resolvers call.
 */
import type { FastifyInstance } from "fastify";
import { createRequestContext, type AppDeps, type RequestContext } from "../context.ts";
import { modules } from "../modules/index.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The request's context, built once before the handler runs. */
    ctx: RequestContext;
  }
}

export function registerRestApi(api: FastifyInstance, deps: AppDeps) {
  api.decorateRequest("ctx", null as unknown as RequestContext);
  api.addHook("preHandler", async (request) => {
    request.ctx = await createRequestContext(deps, request);
  });
  for (const module of modules) module.routes?.(api);
}
