import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { listActivity } from "../activity/service.ts";
import { pageMembers } from "../members/service.ts";
import { toConnection } from "../../lib/pagination.ts";
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  getOrganisationByHandle,
  handleAvailability,
  updateOrganisation,
  watchOrganisation,
} from "./service.ts";
import { liveValue } from "../../events/live.ts";
import { PORTAL_TIER_INFO, portalTierList } from "./tiers.ts";
import { memberLoaders } from "../members/loaders.ts";
import type { User } from "../users/models.ts";
import { userLoaders, userNamedBy } from "../users/loaders.ts";

export const organisationResolvers: Resolvers = {
  OrgRole: { OWNER: "owner", ADMIN: "admin", MEMBER: "member" },
  PortalTier: { FREE: "free", PAID: "paid", EDUCATIONAL: "educational", ENTERPRISE: "enterprise" },
  Query: {
    organisation: (_parent, { id }, ctx) => getOrganisation(ctx, id),
    organisationByHandle: (_parent, { handle }, ctx) => getOrganisationByHandle(ctx, handle),
    handleAvailable: async (_parent, { handle }, ctx) => (await handleAvailability(ctx, handle)).available,
    portalTiers: () => portalTierList(),
  },
  Mutation: {
    createOrganisation: (_parent, { input }, ctx) =>
      mutationPayload(async () => ({ organisation: await createOrganisation(ctx, input), viewer: ctx.viewer!.user })),
    updateOrganisation: (_parent, { input }, ctx) =>
      mutationPayload(async () => ({ organisation: await updateOrganisation(ctx, input) })),
    deleteOrganisation: (_parent, { input }, ctx) =>
      mutationPayload(async () => ({ deletedOrganisationId: await deleteOrganisation(ctx, input.id), viewer: ctx.viewer!.user })),
  },
  Subscription: {
    organisationUpdated: { subscribe: (_parent, { id }, ctx) => watchOrganisation(ctx, id), resolve: liveValue },
  },
  Organisation: {
    owner: async (organisation, _args, ctx) => (await userLoaders(ctx).byId.load(organisation.ownerId))!,
    portalTierInfo: (organisation) => PORTAL_TIER_INFO[organisation.portalTier],
    viewerRole: async (organisation, _args, ctx) =>
      ctx.viewer
        ? ((await memberLoaders(ctx).byOrganisationAndUser.load({ organisationId: organisation.id, userId: ctx.viewer.user.id }))
            ?.role ?? null)
        : null,
    memberCount: (organisation, _args, ctx) => memberLoaders(ctx).countByOrganisation.load(organisation.id),
    members: async (organisation, args, ctx) => {
      const { page, totalCount } = await pageMembers(ctx, organisation.id, args);
      return toConnection(page, totalCount);
    },
    activity: async (organisation, args, ctx) => {
      const { page, totalCount } = await listActivity(ctx, { organisationId: organisation.id, ...args });
      return toConnection(page, totalCount);
    },
  },
  Membership: {
    // A membership's user exists (a foreign key): never null.
    user: (membership, _args, ctx) => userNamedBy(ctx, membership, membership.userId) as User | Promise<User>,
  },
  MembershipConnection: { totalCount: (connection) => connection.totalCount() },
};
