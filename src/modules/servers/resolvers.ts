import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { toConnection } from "../../lib/pagination.ts";
import { createServer, deleteServer, pageMyServers, pageOrganisationServers, serverUsage } from "./service.ts";
import { nodeLoaders } from "../nodes/loaders.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import { userLoaders } from "../users/loaders.ts";
import type { RequestContext } from "../../context.ts";
import type { ServerRow } from "./tables.ts";

const organisationOf = (ctx: RequestContext, server: ServerRow) =>
  server.organisationId ? organisationLoaders(ctx).byId.load(server.organisationId) : null;

export const serverResolvers: Resolvers = {
  Mutation: {
    // The organisation (its usage) and the node (its serverCount) change with the server: both come back.
    createServer: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const server = await createServer(ctx, input);
        return { server, organisation: await organisationOf(ctx, server) };
      }),
    deleteServer: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const server = await deleteServer(ctx, input.id);
        return { deletedServerId: server.id, organisation: await organisationOf(ctx, server), node: await nodeLoaders(ctx).byId.load(server.nodeId) };
      }),
  },
  Organisation: {
    servers: async (organisation, args, ctx) => {
      const { page, totalCount } = await pageOrganisationServers(ctx, organisation.id, args);
      return toConnection(page, totalCount);
    },
    usage: (organisation) => ({ organisationId: organisation.id }),
  },
  OrganisationUsage: {
    servers: (usage, _args, ctx) => serverUsage(ctx, usage.organisationId),
  },
  Viewer: {
    servers: async (user, args, ctx) => {
      const { page, totalCount } = await pageMyServers(ctx, args, user);
      return toConnection(page, totalCount);
    },
  },
  ServerConnection: { totalCount: (connection) => connection.totalCount() },
  Server: {
    organisation: (server, _args, ctx) => (server.organisationId ? organisationLoaders(ctx).byId.load(server.organisationId) : null),
    node: async (server, _args, ctx) => (await nodeLoaders(ctx).byId.load(server.nodeId))!,
    createdBy: (server, _args, ctx) => (server.createdById ? userLoaders(ctx).byId.load(server.createdById) : null),
  },
};
