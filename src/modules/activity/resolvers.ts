import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { canSeeActivityAddresses } from "./service.ts";
import { userLoaders } from "../users/loaders.ts";

export const activityResolvers: Resolvers = {
  ActivityEntry: {
    actor: (entry, _args, ctx) => (entry.actorId ? userLoaders(ctx).byId.load(entry.actorId) : null),
    ip: async (entry, _args, ctx) => ((await canSeeActivityAddresses(ctx, entry.organisationId)) ? entry.ip : null),
  },
  ActivityConnection: { totalCount: (connection) => connection.totalCount() },
};
