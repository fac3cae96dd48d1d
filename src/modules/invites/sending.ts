/**
 * The inviting side: owners and admins invite an email address, resend a pending invite with a new
 * token, or revoke it. Each change locks the organisation, records activity and queues its mail in one
 * transaction. The token is random, travels only in the email and is stored hashed.
 */
import { lockForChange, type OrganisationAction } from "../../auth/policy.ts";
import { requireViewer } from "../../auth/viewer.ts";
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { AppError, invalidInput, notFound, rateLimited, violatedUniqueConstraint } from "../../errors.ts";
import { normaliseEmail } from "../../lib/email.ts";
import { isUuid } from "../../lib/ids.ts";
import { consumeRateLimit } from "../../lib/rate-limit.ts";
import { hashToken, newSecretToken } from "../../lib/secrets.ts";
import { recordActivity } from "../activity/record.ts";
import { cancelPendingInviteMail } from "../mail/queries.ts";
import { membershipByEmail } from "../members/queries.ts";
import type { UserCard } from "../users/tables.ts";
import { userByEmail, userCardsByIds } from "../users/queries.ts";
import { deliverInvite, leaveInviteMessage } from "./notices.ts";
import { expireLapsedInvites, insertInvite, lockInviteById, updateInvite } from "./queries.ts";
import { effectiveStatus, type InviteDetails } from "./reading.ts";
import { INVITE_ROLES, type InviteRole, type InviteRow } from "./tables.ts";

function checkInviteRole(raw: unknown): InviteRole {
  if (raw === undefined || raw === null) return "member";
  if (raw === "owner") {
    throw invalidInput("Invitations grant admin or member. Ownership moves by changing a member's role to owner.", "role");
  }
  if (typeof raw === "string" && (INVITE_ROLES as readonly string[]).includes(raw)) return raw as InviteRole;
  throw invalidInput(`role must be one of ${INVITE_ROLES.join(", ")}.`, "role");
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

const newExpiry = (ctx: RequestContext) => new Date(Date.now() + ctx.config.inviteTtlDays * 86_400_000);

export type InviteMemberInput = { organisationId: string; email: unknown; role?: unknown };

/**
 * Owners and admins: invites an email address as `member` (default) or `admin`. Inviting yourself, an
 * existing member or an address with a pending invite is a conflict (the last held by the database's
 * partial unique index). Counts against the organisation's daily invitation quota.
 */
export async function inviteMember(ctx: RequestContext, input: InviteMemberInput): Promise<InviteDetails> {
  const viewer = requireViewer(ctx);
  let email = "";
  try {
    return await ctx.db.transaction(async (tx) => {
      const { organisation } = await lockForChange(tx, ctx, "invite:create", input.organisationId);
      email = normaliseEmail(input.email);
      const role = checkInviteRole(input.role);
      if (email === viewer.user.email.toLowerCase()) throw new AppError("CANNOT_INVITE_SELF", "You cannot invite yourself.", "email");
      if (await membershipByEmail(tx, organisation.id, email)) {
        throw new AppError("ALREADY_MEMBER", `${email} is already a member of this organisation.`, "email");
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
        expiresAt: newExpiry(ctx),
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
      return { invite, organisation, invitedBy: viewer.user };
    });
  } catch (error) {
    if (violatedUniqueConstraint(error) === "organisation_invites_one_pending") {
      throw new AppError("INVITE_PENDING", `${email} already has a pending invitation to this organisation.`, "email");
    }
    throw error;
  }
}

export type InviteRef = { organisationId: string; inviteId: string };

/** Locks the organisation for `action`, then the invite; NOT_FOUND for an unknown id or another organisation's invite. */
async function lockPendingInvite(tx: Db, ctx: RequestContext, action: OrganisationAction, ref: InviteRef, doing: string) {
  const { organisation } = await lockForChange(tx, ctx, action, ref.organisationId);
  const invite = isUuid(ref.inviteId) ? await lockInviteById(tx, ref.inviteId) : null;
  if (!invite || invite.organisationId !== organisation.id) throw notFound("Invite");
  const status = effectiveStatus(invite);
  if (status !== "pending") {
    throw new AppError("INVITE_NOT_PENDING", `This invitation is ${status}; only pending invitations can be ${doing}.`);
  }
  return { organisation, invite };
}

/**
 * Owners and admins: sends a pending invite again with a new token (the old link stops working) and a
 * new expiry. Subject to a per-invite cooldown and the organisation's daily quota.
 */
export async function resendInvite(ctx: RequestContext, input: InviteRef): Promise<InviteDetails> {
  return ctx.db.transaction(async (tx) => {
    const { organisation, invite: before } = await lockPendingInvite(tx, ctx, "invite:resend", input, "resent");
    await consumeResendCooldown(tx, ctx, before.id);
    await consumeInviteQuota(tx, ctx, organisation.id);
    const token = newSecretToken();
    const invite = await updateInvite(tx, before.id, { tokenHash: hashToken(token), expiresAt: newExpiry(ctx) });
    // Mail still waiting with the old link would now be useless.
    await cancelPendingInviteMail(tx, invite.id);
    await deliverInvite(tx, ctx, invite, organisation, token);
    await recordActivity(tx, ctx, {
      organisationId: organisation.id,
      action: "invite.resent",
      targetType: "invite",
      targetId: invite.id,
      metadata: { email: invite.email },
    });
    return { invite, organisation, invitedBy: await inviterOf(tx, invite) };
  });
}

/** Owners and admins: withdraws a pending invite; its link stops working. */
export async function revokeInvite(ctx: RequestContext, input: InviteRef): Promise<InviteDetails> {
  return ctx.db.transaction(async (tx) => {
    const { organisation, invite: before } = await lockPendingInvite(tx, ctx, "invite:revoke", input, "revoked");
    const invite = await updateInvite(tx, before.id, { status: "revoked", respondedAt: new Date() });
    await cancelPendingInviteMail(tx, invite.id);
    await recordActivity(tx, ctx, {
      organisationId: organisation.id,
      action: "invite.revoked",
      targetType: "invite",
      targetId: invite.id,
      metadata: { email: invite.email },
    });
    return { invite, organisation, invitedBy: await inviterOf(tx, invite) };
  });
}

async function inviterOf(tx: Db, invite: InviteRow): Promise<UserCard | null> {
  return invite.invitedById ? ((await userCardsByIds(tx, [invite.invitedById]))[0] ?? null) : null;
}
