import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { addMember, leaveOrganisation, removeMember, setMemberRole } from "./service.ts";

export const memberResolvers: Resolvers = {
  Mutation: {
    addMember: (_parent, { input }, ctx) => mutationPayload(async () => ({ membership: (await addMember(ctx, input)).membership })),
    setMemberRole: (_parent, { input }, ctx) => mutationPayload(() => setMemberRole(ctx, input)),
    leaveOrganisation: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        await leaveOrganisation(ctx, input.organisationId);
        return { organisationId: input.organisationId };
      }),
    removeMember: (_parent, { input }, ctx) => mutationPayload(async () => ({ removedUserId: await removeMember(ctx, input) })),
  },
};
