import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { createServer, deleteServer, listMyServers, listOrganisationServers, serverUsage } from "./service.ts";

export const serverResolvers: Resolvers = {
  Mutation: {
    createServer: (_parent, { input }, ctx) => mutationPayload(async () => ({ server: await createServer(ctx, input) })),
    deleteServer: (_parent, { input }, ctx) =>
      mutationPayload(async () => ({ deletedServerId: await deleteServer(ctx, input.id) })),
  },
  Organisation: {
    servers: (organisation, _args, ctx) => listOrganisationServers(ctx, organisation.id),
    usage: (organisation) => ({ organisationId: organisation.id }),
  },
  OrganisationUsage: {
    servers: (usage, _args, ctx) => serverUsage(ctx, usage.organisationId),
  },
  Viewer: {
    servers: (user, _args, ctx) => listMyServers(ctx, user),
  },
  Server: {
    organisation: (server, _args, ctx) => (server.organisationId ? ctx.loaders.organisations.byId.load(server.organisationId) : null),
    node: async (server, _args, ctx) => (await ctx.loaders.nodes.byId.load(server.nodeId))!,
    createdBy: (server, _args, ctx) => (server.createdById ? ctx.loaders.users.byId.load(server.createdById) : null),
  },
};
