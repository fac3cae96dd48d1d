import { currentViewerUser } from "../../auth/viewer.ts";
import { liveValue } from "../../events/live.ts";
import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import { watchMemberships } from "./live.ts";
import { memberLoaders } from "./loaders.ts";
import { addMember, leaveOrganisation, removeMember, setMemberRole } from "./service.ts";
import type { MembershipRow } from "./tables.ts";

/** Every payload returns the organisation and memberships it changed, as they now are (for client caches). */
export const memberResolvers: Resolvers = {
  Mutation: {
    addMember: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { membership, organisation } = await addMember(ctx, input);
        return { membership, organisation };
      }),
    setMemberRole: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { membership, organisation, changed } = await setMemberRole(ctx, input);
        return { membership, organisation, memberships: changed };
      }),
    leaveOrganisation: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const organisation = await leaveOrganisation(ctx, input.organisationId);
        return { organisationId: input.organisationId, organisation, viewer: await currentViewerUser(ctx) };
      }),
    removeMember: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { removed, organisation } = await removeMember(ctx, input);
        return { removedUserId: removed.userId, removedMembershipId: removed.id, organisation };
      }),
  },
  Subscription: {
    membershipChanged: { subscribe: (_parent, { organisationId }, ctx) => watchMemberships(ctx, organisationId), resolve: liveValue },
  },
  MembershipChange: {
    action: (change) => change.activity.action,
    userId: (change) => change.userIds[0]!,
    organisation: async (change, _args, ctx) => (await organisationLoaders(ctx).byId.load(change.activity.organisationId))!,
    memberships: async (change, _args, ctx) => {
      const organisationId = change.activity.organisationId;
      const found = await memberLoaders(ctx).byOrganisationAndUser.loadMany(change.userIds.map((userId) => ({ organisationId, userId })));
      return found.filter((membership): membership is MembershipRow => membership !== null && !(membership instanceof Error));
    },
    activity: (change) => change.activity,
  },
};
