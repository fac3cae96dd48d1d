/** /api/nodes and /api/organisations/:id/nodes: node management (platform admins) and dedicated nodes. */
import type { FastifyInstance } from "fastify";
import type { RequestContext } from "../../context.ts";
import type { NodeRow } from "./tables.ts";
import {
  assignNodeToOrganisation,
  canSeeNodeInternals,
  createNode,
  deleteNode,
  pageNodes,
  listOrganisationNodes,
  unassignNode,
  updateNode,
} from "./service.ts";
import { presentNode } from "./presenters.ts";
import { body, idParams, str } from "../../rest/schemas.ts";
import { nodeLoaders } from "./loaders.ts";
import { listArgs, listQuery, sendList, type ListQuery } from "../../rest/lists.ts";

type IdParams = { Params: { id: string } };
type NodeBody = { name?: string; fqdn?: string; location?: string; capacity?: number };
const int = { type: "integer" } as const;
const nodeFields = { name: str, fqdn: str, location: str, capacity: int };

/** Nodes with their server counts, batched through the loader. */
async function present(ctx: RequestContext, list: NodeRow[]) {
  const counts = await Promise.all(list.map((node) => nodeLoaders(ctx).serverCount.load(node.id)));
  return list.map((node, i) => presentNode(node, counts[i]!, canSeeNodeInternals(ctx)));
}

export function registerNodeRoutes(api: FastifyInstance) {
  api.get<{ Querystring: ListQuery }>("/nodes", { schema: { querystring: listQuery } }, async (request, reply) => {
    const page = await pageNodes(request.ctx, listArgs(request.query));
    return sendList(request, reply, page, await present(request.ctx, page.rows));
  });

  api.post<{ Body: NodeBody }>(
    "/nodes",
    { schema: { body: body(nodeFields, ["name", "fqdn", "location", "capacity"]) } },
    async (request, reply) => {
      const node = await createNode(request.ctx, request.body);
      return reply.code(201).send((await present(request.ctx, [node]))[0]);
    },
  );

  api.route<IdParams & { Body: NodeBody }>({
    method: ["PUT", "PATCH"],
    url: "/nodes/:id",
    schema: { params: idParams, body: body(nodeFields) },
    async handler(request) {
      const node = await updateNode(request.ctx, { id: request.params.id, ...request.body });
      return (await present(request.ctx, [node]))[0];
    },
  });

  api.delete<IdParams>("/nodes/:id", { schema: { params: idParams } }, async (request, reply) => {
    await deleteNode(request.ctx, request.params.id);
    return reply.code(204).send();
  });

  api.post<IdParams & { Body: { organisationId: string } }>(
    "/nodes/:id/assign-org",
    { schema: { params: idParams, body: body({ organisationId: str }, ["organisationId"]) } },
    async (request) => {
      const node = await assignNodeToOrganisation(request.ctx, { id: request.params.id, organisationId: request.body.organisationId });
      return (await present(request.ctx, [node]))[0];
    },
  );

  api.post<IdParams>("/nodes/:id/unassign-org", { schema: { params: idParams } }, async (request) => {
    const { node } = await unassignNode(request.ctx, request.params.id);
    return (await present(request.ctx, [node]))[0];
  });

  api.get<IdParams>("/organisations/:id/nodes", { schema: { params: idParams } }, async (request) =>
    present(request.ctx, await listOrganisationNodes(request.ctx, request.params.id)),
  );
}
