import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { toConnection } from "../../lib/pagination.ts";
import { acceptInvite, rejectInvite } from "./answering.ts";
import { effectiveStatus, inviteDelivery, listMyInvites, listOrganisationInvites } from "./reading.ts";
import { inviteMember, resendInvite, revokeInvite } from "./sending.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import { userLoaders } from "../users/loaders.ts";
import { currentViewerUser } from "../../auth/viewer.ts";

export const inviteResolvers: Resolvers = {
  InviteStatus: { PENDING: "pending", ACCEPTED: "accepted", REJECTED: "rejected", REVOKED: "revoked", EXPIRED: "expired" },
  MailDeliveryStatus: { QUEUED: "queued", RETRYING: "retrying", SENT: "sent", FAILED: "failed", CANCELLED: "cancelled" },
  Mutation: {
    inviteMember: (_parent, { input }, ctx) => mutationPayload(async () => ({ invite: (await inviteMember(ctx, input)).invite })),
    resendInvite: (_parent, { input }, ctx) => mutationPayload(async () => ({ invite: (await resendInvite(ctx, input)).invite })),
    revokeInvite: (_parent, { input }, ctx) => mutationPayload(async () => ({ invite: (await revokeInvite(ctx, input)).invite })),
    acceptInvite: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { organisation, membership, invite } = await acceptInvite(ctx, input);
        return { organisation, membership, invite, viewer: await currentViewerUser(ctx) };
      }),
    rejectInvite: (_parent, { input }, ctx) =>
      mutationPayload(async () => ({ invite: (await rejectInvite(ctx, input)).invite, viewer: await currentViewerUser(ctx) })),
  },
  Viewer: {
    invites: async (_viewer, _args, ctx) => (await listMyInvites(ctx)).map((row) => row.invite),
  },
  Organisation: {
    invites: async (organisation, args, ctx) => {
      const page = await listOrganisationInvites(ctx, { organisationId: organisation.id, ...args });
      return toConnection(page, page.totalCount);
    },
  },
  InviteConnection: { totalCount: (connection) => connection.totalCount() },
  Invite: {
    status: (invite) => effectiveStatus(invite),
    invitedBy: (invite, _args, ctx) => (invite.invitedById ? userLoaders(ctx).byId.load(invite.invitedById) : null),
    organisation: async (invite, _args, ctx) => (await organisationLoaders(ctx).byId.load(invite.organisationId))!,
    delivery: (invite, _args, ctx) => inviteDelivery(ctx, invite),
    deliveryFailed: async (invite, _args, ctx) => (await inviteDelivery(ctx, invite))?.status === "failed",
  },
};
