/**
 * The REST shim: the documented /api endpoints, each a thin route that validates the request's shape
 * and calls the same service function the GraphQL resolvers call.
 */
import type { FastifyInstance } from "fastify";
import { createRequestContext, type AppDeps, type RequestContext } from "../context.ts";
import { registerAuthRoutes } from "../modules/users/routes.ts";
import { registerOrganisationRoutes } from "../modules/organisations/routes.ts";
import { registerEmailVerificationRoutes } from "../modules/users/verification-routes.ts";
import { registerInviteRoutes } from "../modules/invites/routes.ts";
import { registerMailboxRoutes } from "../modules/mailbox/routes.ts";
import { registerMemberRoutes } from "../modules/members/routes.ts";
import { registerActiveOrganisationRoutes } from "../modules/active-organisation/routes.ts";
import { registerNodeRoutes } from "../modules/nodes/routes.ts";
import { registerServerRoutes } from "../modules/servers/routes.ts";
import { registerTunnelDeviceRoutes } from "../modules/tunnel-devices/routes.ts";

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
