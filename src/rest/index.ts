/**
 * The REST shim: the documented /api endpoints, each a thin route that validates the request's shape
 * and calls the same service function the GraphQL resolvers call.
 */
import type { FastifyInstance } from "fastify";
import { createRequestContext, type AppDeps, type RequestContext } from "../context.ts";
import { registerAuthRoutes } from "./auth.ts";
import { registerOrganisationRoutes } from "./organisations.ts";

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
  registerAuthRoutes(api);
  registerOrganisationRoutes(api);
}
