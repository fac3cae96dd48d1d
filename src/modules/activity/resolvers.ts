import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { canSeeActivityAddresses } from "./service.ts";

export const activityResolvers: Resolvers = {
  ActivityEntry: {
    actor: (entry, _args, ctx) => (entry.actorId ? ctx.loaders.users.byId.load(entry.actorId) : null),
    ip: async (entry, _args, ctx) => ((await canSeeActivityAddresses(ctx, entry.organisationId)) ? entry.ip : null),
  },
  ActivityConnection: { totalCount: (connection) => connection.totalCount() },
};
