/**
 * Invitations: owners and admins invite an email address; the invitee accepts (by the emailed link, or
 * from their account once its address is verified) or rejects. The token is random, travels only in the
 * email and is stored hashed. Every change records activity and queues its mail in one transaction.
 */
import { assertCan } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { INVITE_ROLES, INVITE_STATUSES, type InviteRole, type InviteRow, type InviteStatus } from "./tables.ts";
import type { MembershipRow } from "../members/tables.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import type { UserRow } from "../users/tables.ts";
import { AppError, conflict, invalidInput, notFound, rateLimited, violatedUniqueConstraint } from "../../errors.ts";
import { normaliseEmail } from "../../lib/email.ts";
import { isUuid } from "../../lib/ids.ts";
import { pageRequest, toPage, type PageArgs } from "../../lib/pagination.ts";
import { consumeRateLimit } from "../../lib/rate-limit.ts";
import { hashToken, newSecretToken } from "../../lib/secrets.ts";
import { recordActivity } from "../activity/record.ts";
import { enqueueMail } from "../mail/outbox.ts";
import { cancelPendingInviteMail } from "../mail/queries.ts";
import { inviteMail, publicLink } from "../mail/templates.ts";
import { leaveMailboxMessage } from "../mailbox/service.ts";
import { insertMembership, membershipByEmail } from "../members/queries.ts";
import { organisationsByIds } from "../organisations/queries.ts";
import { setEmailVerified, userByEmail } from "../users/queries.ts";
import { requireViewer } from "../users/service.ts";
import {
  expireLapsedInvites,
  insertInvite,
  lockInviteById,
  lockInviteByTokenHash,
  organisationInvitePage,
  pendingInvitesForEmail,
  updateInvite,
} from "./queries.ts";

/** The status a person sees: a pending invite past its expiry is `expired`, whatever the row says. */
export function effectiveStatus(invite: InviteRow, now = new Date()): InviteStatus {
  return invite.status === "pending" && invite.expiresAt <= now ? "expired" : invite.status;
}

const displayName = (user: UserRow) => [user.firstName, user.lastName].filter(Boolean).join(" ") || user.email;

function checkInviteRole(raw: unknown): InviteRole {
  if (raw === undefined || raw === null) return "member";
  if (raw === "owner") {
    throw invalidInput("Invitations grant admin or member. Ownership moves by changing a member's role to owner.", "role");
  }
  if (typeof raw === "string" && (INVITE_ROLES as readonly string[]).includes(raw)) return raw as InviteRole;
  throw invalidInput(`role must be one of ${INVITE_ROLES.join(", ")}.`, "role");
}

function checkStatusFilter(raw: unknown): InviteStatus | null {
  if (raw === undefined || raw === null || raw === "") return null;
  if (typeof raw === "string" && (INVITE_STATUSES as readonly string[]).includes(raw)) return raw as InviteStatus;
  throw invalidInput(`status must be one of ${INVITE_STATUSES.join(", ")}.`, "status");
}

async function organisationIn(tx: Db, organisationId: string): Promise<OrganisationRow> {
  const [organisation] = await organisationsByIds(tx, [organisationId]);
  if (!organisation) throw notFound("Organisation");
  return organisation;
}

/** Counts one invitation mail against the organisation's daily quota; RATE_LIMITED over it. */
async function consumeInviteQuota(tx: Db, ctx: RequestContext, organisationId: string) {
  const limit = ctx.config.invitesPerDay;
  const hit = await consumeRateLimit(tx, `invites:organisation:${organisationId}`, { limit, windowSeconds: 24 * 3600 });
  if (!hit.allowed) {
    throw rateLimited(
      hit.retryAfterSeconds,
      `This organisation has sent ${limit} invitations in the last 24 hours. Try again in ${hit.retryAfterSeconds} seconds.`,
    );
  }
}

/** Starts (or, on a resend, checks) the cooldown between two mails for one invite. */
async function consumeResendCooldown(tx: Db, ctx: RequestContext, inviteId: string) {
  const windowSeconds = ctx.config.inviteResendCooldownSeconds;
  if (windowSeconds === 0) return;
  const hit = await consumeRateLimit(tx, `invites:resend:${inviteId}`, { limit: 1, windowSeconds });
  if (!hit.allowed) {
    throw rateLimited(hit.retryAfterSeconds, `This invitation was sent moments ago. You can resend it in ${hit.retryAfterSeconds} seconds.`);
  }
}

/** Queues the invitation email (with a fresh token's link) and, for a verified account, a mailbox message. */
async function deliverInvite(tx: Db, ctx: RequestContext, invite: InviteRow, organisation: OrganisationRow, token: string) {
  const inviter = ctx.viewer!.user;
  const link = publicLink(ctx.config.publicUrl, "/invites/accept", { token });
  await enqueueMail(tx, {
    kind: "invite",
    to: invite.email,
    inviteId: invite.id,
    ...inviteMail({
      organisationName: organisation.name,
      organisationHandle: organisation.handle,
      inviterName: displayName(inviter),
      role: invite.role,
      link,
      expiresAt: invite.expiresAt,
    }),
  });
}

async function leaveInviteMessage(tx: Db, user: UserRow, invite: InviteRow, organisation: OrganisationRow) {
  await leaveMailboxMessage(tx, {
    userId: user.id,
    kind: "invite",
    title: `Invitation to join ${organisation.name}`,
    body: `You have been invited to join ${organisation.name} (@${organisation.handle}) as ${invite.role === "admin" ? "an admin" : "a member"}. Accept or reject it from your invitations.`,
    organisationId: organisation.id,
    inviteId: invite.id,
  });
}

/**
 * Mailbox messages for the invites already waiting for an address, when its account proves it owns it
 * (an account registered after the invite was sent sees it this way). Runs in the verifying transaction.
 */
export async function announcePendingInvites(tx: Db, user: UserRow) {
  for (const { invite, organisation } of await pendingInvitesForEmail(tx, user.email.toLowerCase())) {
    await leaveInviteMessage(tx, user, invite, organisation);
  }
}

export type InviteMemberInput = { organisationId: string; email: unknown; role?: unknown };

/**
 * Owners and admins: invites an email address as `member` (default) or `admin`. Inviting yourself, an
 * existing member or an address with a pending invite is a conflict (the last held by the database's
 * partial unique index). Counts against the organisation's daily invitation quota.
 */
export async function inviteMember(ctx: RequestContext, input: InviteMemberInput): Promise<InviteRow> {
  const viewer = requireViewer(ctx);
  await assertCan(ctx, "invite:create", input.organisationId);
  const email = normaliseEmail(input.email);
  const role = checkInviteRole(input.role);
  if (email === viewer.user.email.toLowerCase()) {
    throw conflict("CANNOT_INVITE_SELF", "You cannot invite yourself.", "email");
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertCan(ctx, "invite:create", input.organisationId, tx);
      const organisation = await organisationIn(tx, input.organisationId);
      if (await membershipByEmail(tx, organisation.id, email)) {
        throw conflict("ALREADY_MEMBER", `${email} is already a member of this organisation.`, "email");
      }
      await expireLapsedInvites(tx, organisation.id, email);
      await consumeInviteQuota(tx, ctx, organisation.id);
      const token = newSecretToken();
      const invite = await insertInvite(tx, {
        organisationId: organisation.id,
        email,
        role,
        tokenHash: hashToken(token),
        invitedById: viewer.user.id,
        expiresAt: new Date(Date.now() + ctx.config.inviteTtlDays * 86_400_000),
      });
      await consumeResendCooldown(tx, ctx, invite.id);
      await deliverInvite(tx, ctx, invite, organisation, token);
      const account = await userByEmail(tx, email);
      if (account?.emailVerifiedAt) await leaveInviteMessage(tx, account, invite, organisation);
      await recordActivity(tx, ctx, {
        organisationId: organisation.id,
        action: "member.invited",
        targetType: "invite",
        targetId: invite.id,
        metadata: { email, role },
      });
      return invite;
    });
  } catch (error) {
    if (violatedUniqueConstraint(error) === "organisation_invites_one_pending") {
      throw conflict("INVITE_PENDING", `${email} already has a pending invitation to this organisation.`, "email");
    }
    throw error;
  }
}

/** An invite of this organisation, locked; NOT_FOUND for an unknown id or another organisation's invite. */
async function lockOrganisationInvite(tx: Db, organisationId: string, inviteId: string): Promise<InviteRow> {
  const invite = isUuid(inviteId) ? await lockInviteById(tx, inviteId) : null;
  if (!invite || invite.organisationId !== organisationId) throw notFound("Invite");
  return invite;
}

function assertPending(invite: InviteRow, doing: string) {
  const status = effectiveStatus(invite);
  if (status !== "pending") {
    throw conflict("INVITE_NOT_PENDING", `This invitation is ${status}; only pending invitations can be ${doing}.`);
  }
}

export type InviteRef = { organisationId: string; inviteId: string };

/**
 * Owners and admins: sends a pending invite again with a new token (the old link stops working) and a
 * new expiry. Subject to a per-invite cooldown and the organisation's daily quota.
 */
export async function resendInvite(ctx: RequestContext, input: InviteRef): Promise<InviteRow> {
  return ctx.db.transaction(async (tx) => {
    await assertCan(ctx, "invite:resend", input.organisationId, tx);
    const before = await lockOrganisationInvite(tx, input.organisationId, input.inviteId);
    assertPending(before, "resent");
    await consumeResendCooldown(tx, ctx, before.id);
    await consumeInviteQuota(tx, ctx, before.organisationId);
    const token = newSecretToken();
    const invite = await updateInvite(tx, before.id, {
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + ctx.config.inviteTtlDays * 86_400_000),
    });
    // Mail still waiting with the old link would now be useless.
    await cancelPendingInviteMail(tx, invite.id);
    await deliverInvite(tx, ctx, invite, await organisationIn(tx, invite.organisationId), token);
    await recordActivity(tx, ctx, {
      organisationId: invite.organisationId,
      action: "invite.resent",
      targetType: "invite",
      targetId: invite.id,
      metadata: { email: invite.email },
    });
    return invite;
  });
}

/** Owners and admins: withdraws a pending invite; its link stops working. */
export async function revokeInvite(ctx: RequestContext, input: InviteRef): Promise<InviteRow> {
  return ctx.db.transaction(async (tx) => {
    await assertCan(ctx, "invite:revoke", input.organisationId, tx);
    const before = await lockOrganisationInvite(tx, input.organisationId, input.inviteId);
    assertPending(before, "revoked");
    const invite = await updateInvite(tx, before.id, { status: "revoked", respondedAt: new Date() });
    await cancelPendingInviteMail(tx, invite.id);
    await recordActivity(tx, ctx, {
      organisationId: invite.organisationId,
      action: "invite.revoked",
      targetType: "invite",
      targetId: invite.id,
      metadata: { email: invite.email },
    });
    return invite;
  });
}

export type ListInvitesInput = PageArgs & { organisationId: string; status?: unknown };

/** Owners and admins: the organisation's invites, newest first, optionally of one status. */
export async function listOrganisationInvites(ctx: RequestContext, input: ListInvitesInput, names = { first: "first", after: "after" }) {
  await assertCan(ctx, "invite:list", input.organisationId);
  const { first, afterId } = pageRequest(input, { defaultSize: 50, max: 100, firstField: names.first, afterField: names.after });
  const status = checkStatusFilter(input.status);
  const rows = await organisationInvitePage(ctx.db, input.organisationId, { first, afterId, status });
  return toPage(rows, first);
}

/**
 * Signed-in users: the pending invites to their address, once it is verified (until then anyone could
 * have typed that address, so they see none).
 */
export async function listMyInvites(ctx: RequestContext): Promise<{ invite: InviteRow; organisation: OrganisationRow }[]> {
  const viewer = requireViewer(ctx);
  if (!viewer.user.emailVerifiedAt) return [];
  const rows = await pendingInvitesForEmail(ctx.db, viewer.user.email.toLowerCase());
  for (const { organisation } of rows) ctx.loaders.organisations.byId.prime(organisation.id, organisation);
  return rows;
}

/** Expired, revoked and used invites each get their own clear error. */
function assertRespondable(invite: InviteRow) {
  const status = effectiveStatus(invite);
  if (status === "pending") return;
  if (status === "expired") throw new AppError("INVITE_EXPIRED", "This invitation has expired. Ask for a new one.", 410);
  if (status === "revoked") throw new AppError("INVITE_REVOKED", "This invitation was withdrawn.", 410);
  throw conflict("INVITE_ALREADY_USED", `This invitation has already been ${status}.`);
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
      403,
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
    return await ctx.db.transaction(async (tx) => {
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
  } catch (error) {
    if (violatedUniqueConstraint(error) === "organisation_members_org_user_unique") {
      throw conflict("ALREADY_MEMBER", "You are already a member of this organisation.");
    }
    throw error;
  }
}

/** The invitee (verified owner of the invited address): declines a pending invite. */
export async function rejectInvite(ctx: RequestContext, input: { inviteId: unknown }): Promise<InviteRow> {
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
    return rejected;
  });
}

/** Delivery of an invite's latest email, for owners, admins and platform admins; null for anyone else. */
export async function inviteDelivery(ctx: RequestContext, invite: InviteRow) {
  if (!ctx.viewer) return null;
  if (ctx.viewer.user.platformRole !== "admin") {
    const membership = await ctx.loaders.members.byOrganisationAndUser.load({ organisationId: invite.organisationId, userId: ctx.viewer.user.id });
    if (membership?.role !== "owner" && membership?.role !== "admin") return null;
  }
  const mail = await ctx.loaders.invites.latestMail.load(invite.id);
  if (!mail) return null;
  const status = mail.status === "pending" ? (mail.attempts > 0 ? "retrying" : "queued") : mail.status;
  return { status: status as "queued" | "retrying" | "sent" | "failed" | "cancelled", attempts: mail.attempts, lastError: mail.lastError };
}
