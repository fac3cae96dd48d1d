/**
 * The REST shim: the documented /api endpoints, each a thin route (in its module's routes.ts) that
 * validates the request's shape and calls the same service function the GraphQL resolvers call.
 */
import type { FastifyInstance } from "fastify";
import { createRequestContext, type AppDeps, type RequestContext } from "../context.ts";
import { modules } from "../modules/index.ts";
import { invalidInput } from "../errors.ts";
import { findUnstorableText, unstorableTextMessage } from "../lib/text-input.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The request's context, built once before the handler runs. */
    ctx: RequestContext;
  }
}

export function registerRestApi(api: FastifyInstance, deps: AppDeps) {
  api.decorateRequest("ctx", null as unknown as RequestContext);
  // Bad text never reaches the database: checked once here for every route's body and query string (ids in
  // paths need no check: a malformed id is simply not found).
  api.addHook("preValidation", async (request) => {
    const field = findUnstorableText(request.query) ?? findUnstorableText(request.body);
    if (field) throw invalidInput(unstorableTextMessage(field), field);
  });
  api.addHook("preHandler", async (request) => {
    request.ctx = await createRequestContext(deps, request);
  });
  for (const module of modules) module.routes?.(api);
}
