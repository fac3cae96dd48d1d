/**
 * The invited side: the invitee accepts (by the emailed link, or from their account once its address
 * is verified) or rejects. The invitee is not a member yet, so what grants access here is proof of the
 * address (the token, or a verified account with that email), not an organisation role.
 */
import { requireViewer } from "../../auth/viewer.ts";
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { AppError, invalidInput, notFound, violatedUniqueConstraint } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { hashToken } from "../../lib/secrets.ts";
import { recordActivity } from "../activity/record.ts";
import { cancelPendingInviteMail } from "../mail/queries.ts";
import { forgetMembersOf } from "../members/loaders.ts";
import { insertMembership } from "../members/queries.ts";
import type { MembershipRow } from "../members/tables.ts";
import { organisationsByIds } from "../organisations/queries.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import { setEmailVerified, userCardsByIds } from "../users/queries.ts";
import { lockInviteById, lockInviteByTokenHash, updateInvite } from "./queries.ts";
import { effectiveStatus, type InviteDetails } from "./reading.ts";
import type { InviteRow } from "./tables.ts";

/** Expired, revoked and used invites each get their own clear error. */
function assertRespondable(invite: InviteRow) {
  const status = effectiveStatus(invite);
  if (status === "pending") return;
  if (status === "expired") throw new AppError("INVITE_EXPIRED", "This invitation has expired. Ask for a new one.");
  if (status === "revoked") throw new AppError("INVITE_REVOKED", "This invitation was withdrawn.");
  throw new AppError("INVITE_ALREADY_USED", `This invitation has already been ${status}.`);
}

/**
 * The invitee's own invite, by id: their account's email must be the invite's and be verified. Anyone
 * else is told it was not found.
 */
async function lockInviteForInvitee(tx: Db, ctx: RequestContext, inviteId: unknown): Promise<InviteRow> {
  const user = requireViewer(ctx).user;
  const invite = isUuid(inviteId) ? await lockInviteById(tx, inviteId) : null;
  if (!invite || invite.email !== user.email.toLowerCase()) throw notFound("Invite");
  if (!user.emailVerifiedAt) {
    throw new AppError(
      "EMAIL_NOT_VERIFIED",
      "Verify your email address first, or use the link in the invitation email.",
    );
  }
  return invite;
}

export type AcceptInviteInput = { inviteId?: unknown; token?: unknown };
export type AcceptedInvite = { invite: InviteRow; membership: MembershipRow; organisation: OrganisationRow };

/**
 * Signed-in users: accepts an invite, by the token from the email link (which proves the mailbox) or by
 * id as the verified owner of the invited address. Single use and atomic: the invite row is locked, so
 * of two concurrent accepts one creates the membership and the other gets INVITE_ALREADY_USED.
 */
export async function acceptInvite(ctx: RequestContext, input: AcceptInviteInput): Promise<AcceptedInvite> {
  const viewer = requireViewer(ctx);
  const byToken = input.token !== undefined && input.token !== null;
  const byId = input.inviteId !== undefined && input.inviteId !== null;
  if (byToken === byId) throw invalidInput("Give either the invite's id or the token from the invitation email.");
  if (byToken && (typeof input.token !== "string" || !input.token)) throw invalidInput("The token is missing.", "token");
  try {
    const result = await ctx.db.transaction(async (tx) => {
      let invite: InviteRow;
      if (byToken) {
        const found = await lockInviteByTokenHash(tx, hashToken(input.token as string));
        if (!found) throw notFound("Invite");
        invite = found;
      } else {
        invite = await lockInviteForInvitee(tx, ctx, input.inviteId);
      }
      assertRespondable(invite);
      const organisation = await organisationIn(tx, invite.organisationId);
      const membership = await insertMembership(tx, { organisationId: invite.organisationId, userId: viewer.user.id, role: invite.role });
      const accepted = await updateInvite(tx, invite.id, { status: "accepted", acceptedById: viewer.user.id, respondedAt: new Date() });
      // Following the emailed link proves the invitee controls the address.
      if (byToken && invite.email === viewer.user.email.toLowerCase() && !viewer.user.emailVerifiedAt) {
        await setEmailVerified(tx, viewer.user.id, invite.email);
      }
      await recordActivity(tx, ctx, {
        organisationId: invite.organisationId,
        action: "invite.accepted",
        targetType: "invite",
        targetId: invite.id,
        metadata: { userId: viewer.user.id, email: invite.email, role: invite.role, via: byToken ? "link" : "account" },
      });
      return { invite: accepted, membership, organisation };
    });
    forgetMembersOf(ctx, result.organisation.id);
    return result;
  } catch (error) {
    if (violatedUniqueConstraint(error) === "organisation_members_org_user_unique") {
      throw new AppError("ALREADY_MEMBER", "You are already a member of this organisation.");
    }
    throw error;
  }
}

/** The invitee (verified owner of the invited address): declines a pending invite. */
export async function rejectInvite(ctx: RequestContext, input: { inviteId: unknown }): Promise<InviteDetails> {
  requireViewer(ctx);
  return ctx.db.transaction(async (tx) => {
    const invite = await lockInviteForInvitee(tx, ctx, input.inviteId);
    assertRespondable(invite);
    const rejected = await updateInvite(tx, invite.id, { status: "rejected", respondedAt: new Date() });
    await cancelPendingInviteMail(tx, invite.id);
    await recordActivity(tx, ctx, {
      organisationId: invite.organisationId,
      action: "invite.rejected",
      targetType: "invite",
      targetId: invite.id,
      metadata: { email: invite.email },
    });
    const invitedBy = rejected.invitedById ? ((await userCardsByIds(tx, [rejected.invitedById]))[0] ?? null) : null;
    return { invite: rejected, organisation: await organisationIn(tx, rejected.organisationId), invitedBy };
  });
}

async function organisationIn(tx: Db, organisationId: string): Promise<OrganisationRow> {
  const [organisation] = await organisationsByIds(tx, [organisationId]);
  if (!organisation) throw notFound("Organisation");
  return organisation;
}
