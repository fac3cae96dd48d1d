import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { toConnection } from "../../lib/pagination.ts";
import { createServer, deleteServer, pageMyServers, pageOrganisationServers, serverUsage } from "./service.ts";
import { nodeLoaders } from "../nodes/loaders.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import { userLoaders } from "../users/loaders.ts";

export const serverResolvers: Resolvers = {
  Mutation: {
    createServer: (_parent, { input }, ctx) => mutationPayload(async () => ({ server: await createServer(ctx, input) })),
    deleteServer: (_parent, { input }, ctx) =>
      mutationPayload(async () => ({ deletedServerId: await deleteServer(ctx, input.id) })),
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
