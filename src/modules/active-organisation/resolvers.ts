import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { activeOrganisationOf, clearActiveOrganisation, selectOrganisation } from "./service.ts";

export const activeOrganisationResolvers: Resolvers = {
  Mutation: {
    selectOrganisation: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const viewer = await selectOrganisation(ctx, input.id);
        return { viewer, organisation: await activeOrganisationOf(ctx, viewer) };
      }),
    clearActiveOrganisation: (_parent, _args, ctx) =>
      mutationPayload(async () => ({ viewer: await clearActiveOrganisation(ctx) })),
  },
  Viewer: {
    activeOrganisation: (user, _args, ctx) => activeOrganisationOf(ctx, user),
  },
};
