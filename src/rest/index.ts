/**
 * The REST shim: the documented /api endpoints, each a thin route (in its module's routes.ts) that
 * validates the request's shape and calls the same service function the GraphQL resolvers call.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { createRequestContext, type AppDeps, type RequestContext } from "../context.ts";
import type { RequestAbout } from "../auth/viewer.ts";
import type { SessionPageRead } from "../modules/members/loaders.ts";
import { modules } from "../modules/index.ts";
import { invalidInput } from "../errors.ts";
import { findUnstorableText, unstorableTextMessage } from "../lib/text-input.ts";

/** The routes about one organisation (this prefix is where the REST API is mounted, app.ts). */
const ORGANISATION_ROUTES = "/api/organisations/:id";

declare module "fastify" {
  interface FastifyRequest {
    /** The request's context, built once before the handler runs. */
    ctx: RequestContext;
  }
  interface FastifyContextConfig {
    /**
     * A GET that shows one page of a list below /organisations/:id: the page it will ask for, to be read with
     * the session in one statement (undefined when its query asks for no valid page: the service then says so).
     */
    pageWithSession?: (request: FastifyRequest) => SessionPageRead | undefined;
  }
}

/**
 * A read about one organisation: a GET of /organisations/:id or below it. Its viewer's membership there is
 * read with the session, so the policy's check costs no statement of its own; the organisation's own page
 * also brings the organisation, its owner and member count. Only reads: a change checks inside its
 * transaction (lockForChange), and loaders primed before it would show what it changed as it was.
 */
function organisationRead(request: FastifyRequest): RequestAbout | undefined {
  const route = request.routeOptions.url ?? "";
  if (request.method !== "GET") return undefined;
  const withOrganisation = route === ORGANISATION_ROUTES;
  if (!withOrganisation && !route.startsWith(`${ORGANISATION_ROUTES}/`)) return undefined;
  return { organisationId: (request.params as { id: string }).id, withOrganisation, page: request.routeOptions.config.pageWithSession?.(request) };
}

export function registerRestApi(api: FastifyInstance, deps: AppDeps) {
  api.decorateRequest("ctx", null as unknown as RequestContext);
  // Bad text never reaches the database: checked once here for every route's body and query string (ids in
  // paths need no check: a malformed id is simply not found).
  // A callback, not an async function: every REST request runs it, and a promise each is measurable.
  api.addHook("preValidation", (request, _reply, done) => {
    const field = findUnstorableText(request.query) ?? findUnstorableText(request.body);
    done(field ? invalidInput(unstorableTextMessage(field), field) : undefined);
  });
  api.addHook("preHandler", async (request) => {
    request.ctx = await createRequestContext(deps, request, organisationRead(request));
  });
  for (const module of modules) module.routes?.(api);
}
