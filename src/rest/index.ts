/**
 * The REST shim: the documented /api endpoints, each a thin route that validates the request's shape
 * and calls the same service function the GraphQL resolvers call.
 */
import type { FastifyInstance } from "fastify";
import { createRequestContext, type AppDeps, type RequestContext } from "../context.ts";
import { registerAuthRoutes } from "./auth.ts";
import { registerOrganisationRoutes } from "./organisations.ts";
import { registerEmailVerificationRoutes } from "./email-verification.ts";
import { registerInviteRoutes } from "./invites.ts";
import { registerMailboxRoutes } from "./mailbox.ts";
import { registerMemberRoutes } from "./members.ts";
import { registerActiveOrganisationRoutes } from "./active-organisation.ts";
import { registerNodeRoutes } from "./nodes.ts";
import { registerServerRoutes } from "./servers.ts";
import { registerTunnelDeviceRoutes } from "./tunnel-devices.ts";

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
  registerEmailVerificationRoutes(api);
  registerInviteRoutes(api);
  registerMemberRoutes(api);
  registerMailboxRoutes(api);
  registerNodeRoutes(api);
  registerServerRoutes(api);
  registerTunnelDeviceRoutes(api);
  registerActiveOrganisationRoutes(api);
}
