/** /api/servers and /api/organisations/:id/servers. */
import type { FastifyInstance } from "fastify";
import type { RequestContext } from "../../context.ts";
import type { ServerRow } from "./tables.ts";
import { createServer, deleteServer, listMyServers, listOrganisationServers, serverUsage } from "./service.ts";
import { presentServer } from "../../rest/presenters.ts";
import { body, idParams, nullableStr, str } from "../../rest/schemas.ts";

type IdParams = { Params: { id: string } };

/** Servers with their organisations, batched through the loader. */
async function present(ctx: RequestContext, list: ServerRow[]) {
  const organisations = await Promise.all(
    list.map((server) => (server.organisationId ? ctx.loaders.organisations.byId.load(server.organisationId) : null)),
  );
  return list.map((server, i) => presentServer(server, organisations[i] ?? null));
}

export function registerServerRoutes(api: FastifyInstance) {
  api.get("/servers", async (request) => present(request.ctx, await listMyServers(request.ctx)));

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
    present(request.ctx, await listOrganisationServers(request.ctx, request.params.id)),
  );

  api.get<IdParams>("/organisations/:id/usage", { schema: { params: idParams } }, async (request) => ({
    servers: await serverUsage(request.ctx, request.params.id),
  }));
}
