/** /api/servers and /api/organisations/:id/servers. */
import type { FastifyInstance } from "fastify";
import type { RequestContext } from "../../context.ts";
import type { ServerRow } from "./tables.ts";
import { allPages } from "../../lib/owned-resources.ts";
import { createServer, deleteServer, pageMyServers, pageOrganisationServers, serverUsage } from "./service.ts";
import { presentServer } from "./presenters.ts";
import { body, idParams, nullableStr, str } from "../../rest/schemas.ts";
import { organisationLoaders } from "../organisations/loaders.ts";

type IdParams = { Params: { id: string } };

/** Servers with their organisations, batched through the loader. */
async function present(ctx: RequestContext, list: ServerRow[]) {
  const organisations = await Promise.all(
    list.map((server) => (server.organisationId ? organisationLoaders(ctx).byId.load(server.organisationId) : null)),
  );
  return list.map((server, i) => presentServer(server, organisations[i] ?? null));
}

export function registerServerRoutes(api: FastifyInstance) {
  api.get("/servers", async (request) => present(request.ctx, await allPages((args) => pageMyServers(request.ctx, args))));

  api.post<{ Body: { name: string; organisationId?: string | null; nodeId?: string | null } }>(
    "/servers",
    { schema: { body: body({ name: str, organisationId: nullableStr, nodeId: nullableStr }, ["name"]) } },
    async (request, reply) => {
      const server = await createServer(request.ctx, request.body);
      return reply.code(201).send((await present(request.ctx, [server]))[0]);
    },
  );

  api.delete<IdParams>("/servers/:id", { schema: { params: idParams } }, async (request, reply) => {
    await deleteServer(request.ctx, request.params.id);
    return reply.code(204).send();
  });

  api.get<IdParams>("/organisations/:id/servers", { schema: { params: idParams } }, async (request) =>
    present(request.ctx, await allPages((args) => pageOrganisationServers(request.ctx, request.params.id, args))),
  );

  api.get<IdParams>("/organisations/:id/usage", { schema: { params: idParams } }, async (request) => ({
    servers: await serverUsage(request.ctx, request.params.id),
  }));
}
