import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { liveValue } from "../../events/live.ts";
import { visibleAddress, watchActivity } from "./service.ts";
import { userNamedBy } from "../users/loaders.ts";

export const activityResolvers: Resolvers = {
  Subscription: {
    activityAdded: { subscribe: (_parent, { organisationId }, ctx) => watchActivity(ctx, organisationId), resolve: liveValue },
  },
  ActivityEntry: {
    actor: (entry, _args, ctx) => (entry.actorId ? userNamedBy(ctx, entry, entry.actorId) : null),
    ip: (entry, _args, ctx) => visibleAddress(ctx, entry),
  },
  ActivityConnection: { totalCount: (connection) => connection.totalCount() },
};
