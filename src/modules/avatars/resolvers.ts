import GraphQLUpload from "graphql-upload/GraphQLUpload.mjs";
import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { removeOrganisationAvatar, setOrganisationAvatar } from "./service.ts";
import { avatarUrl } from "./urls.ts";

export const avatarResolvers: Resolvers = {
  Upload: GraphQLUpload,
  Mutation: {
    setOrganisationAvatar: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const upload = await input.file;
        return { organisation: await setOrganisationAvatar(ctx, { organisationId: input.organisationId, file: upload.createReadStream() }) };
      }),
    removeOrganisationAvatar: (_parent, { input }, ctx) =>
      mutationPayload(async () => ({ organisation: await removeOrganisationAvatar(ctx, input.organisationId) })),
  },
  Organisation: { avatarUrl: (organisation, _args, ctx) => avatarUrl(ctx.config, organisation) },
  InvitingOrganisation: { avatarUrl: (organisation, _args, ctx) => avatarUrl(ctx.config, organisation) },
};
