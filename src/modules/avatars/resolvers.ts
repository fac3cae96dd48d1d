import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { avatarUrl } from "./urls.ts";

export const avatarResolvers: Resolvers = {
  Organisation: { avatarUrl: (organisation, _args, ctx) => avatarUrl(ctx.config, organisation) },
  InvitingOrganisation: { avatarUrl: (organisation, _args, ctx) => avatarUrl(ctx.config, organisation) },
};
