/** /api/servers and /api/organisations/:id/servers. */
import type { FastifyInstance } from "fastify";
import type { RequestContext } from "../../context.ts";
import type { ServerRow } from "./tables.ts";
import { listArgs, listQuery, sendList, type ListQuery } from "../../rest/lists.ts";
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
  api.get<{ Querystring: ListQuery }>("/servers", { schema: { querystring: listQuery } }, async (request, reply) => {
    const { page } = await pageMyServers(request.ctx, listArgs(request.query));
    return sendList(request, reply, page, await present(request.ctx, page.rows));
  });

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

  api.get<IdParams & { Querystring: ListQuery }>(
    "/organisations/:id/servers",
    { schema: { params: idParams, querystring: listQuery } },
    async (request, reply) => {
      const { page } = await pageOrganisationServers(request.ctx, request.params.id, listArgs(request.query));
      return sendList(request, reply, page, await present(request.ctx, page.rows));
    },
  );

  api.get<IdParams>("/organisations/:id/usage", { schema: { params: idParams } }, async (request) => ({
    servers: await serverUsage(request.ctx, request.params.id),
  }));
}
