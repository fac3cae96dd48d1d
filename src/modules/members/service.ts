/**
 * An organisation's members: reading them, and changing them (add directly, change a role and with it
 * move ownership, leave, remove). Each change runs in one transaction that first locks the organisation
 * row, so changes to one organisation's memberships are serialised; the database then holds "exactly one
 * owner, and ownerId names them" (partial unique index + deferred foreign key).
 */
import { actsAsOwner, authorize, can, isMember, lockForChange, mayChangeRoleOf, mayGrantRole, mayRemove } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import type { MembershipRow } from "./tables.ts";
import { ORG_ROLES, type OrganisationRow, type OrgRole } from "../organisations/tables.ts";
import type { UserRow } from "../users/tables.ts";
import { AppError, forbidden, invalidInput, violatedUniqueConstraint } from "../../errors.ts";
import { normaliseEmail } from "../../lib/email.ts";
import { isUuid } from "../../lib/ids.ts";
import { pageRequest, toPage, type PageArgs } from "../../lib/pagination.ts";
import { recordActivity } from "../activity/record.ts";
import { userNamedBy } from "../users/loaders.ts";
import { clearActiveOrganisation } from "../active-organisation/queries.ts";
import { leaveMailboxMessage } from "../mailbox/service.ts";
import { setOrganisationOwner } from "../organisations/queries.ts";
import { userByEmail, userById } from "../users/queries.ts";
import {
  deleteMembership,
  insertMembership,
  lockMembership,
  setMembershipRole,
} from "./queries.ts";
import { forgetMembersOf, memberLoaders, memberPageKey } from "./loaders.ts";

/** Members and platform admins: a page of the members with their accounts, in join order. */
export async function listMembers(ctx: RequestContext, organisationId: string, args: PageArgs) {
  await authorize(ctx, "member:list", organisationId);
  const { page } = await pageMembers(ctx, organisationId, args);
  const users = await Promise.all(page.rows.map((membership) => userNamedBy(ctx, membership, membership.userId)));
  return { page, members: page.rows.map((membership, i) => ({ membership, user: users[i]! })) };
}

/**
 * A page of members, for an organisation the caller has already been allowed to read (a field of
 * `Organisation`, reached only through `getOrganisation` or the viewer's own list).
 */
export async function pageMembers(ctx: RequestContext, organisationId: string, args: PageArgs) {
  const shape = memberPageRequest(args);
  const rows = await memberLoaders(ctx).pageByOrganisation.load(memberPageKey(organisationId, shape));
  return { page: toPage(rows, shape.first), totalCount: () => memberLoaders(ctx).countByOrganisation.load(organisationId) };
}

/** The page of members a request asks for; invalid input is a 400 (INVALID_INPUT). */
export const memberPageRequest = (args: PageArgs) => pageRequest(args, { defaultSize: 50, max: 100 });

const article = (role: OrgRole) => (role === "owner" ? "the owner" : role === "admin" ? "an admin" : "a member");

function checkRole(raw: unknown, field: string, { allowOwner }: { allowOwner: boolean }): OrgRole {
  if (typeof raw !== "string" || !(ORG_ROLES as readonly string[]).includes(raw)) {
    throw invalidInput(`${field} must be one of ${ORG_ROLES.join(", ")}.`, field);
  }
  if (raw === "owner" && !allowOwner) {
    throw invalidInput("A new member cannot be made owner; add them, then transfer ownership.", field);
  }
  return raw as OrgRole;
}

export type AddMemberInput = { organisationId: string; userId?: unknown; email?: unknown; role?: unknown };

/**
 * Owners, admins and platform admins: adds an existing account (by id or email) as `member` (default)
 * or `admin`, without an invitation. An unknown account is USER_NOT_FOUND; a member already is
 * ALREADY_MEMBER. They get a mailbox message.
 */
export async function addMember(
  ctx: RequestContext,
  input: AddMemberInput,
): Promise<{ membership: MembershipRow; user: UserRow; organisation: OrganisationRow }> {
  const hasId = input.userId !== undefined && input.userId !== null;
  const hasEmail = input.email !== undefined && input.email !== null;
  if (hasId === hasEmail) throw invalidInput("Give either userId or email.");
  const email = hasEmail ? normaliseEmail(input.email) : null;
  const role = input.role === undefined || input.role === null ? "member" : checkRole(input.role, "role", { allowOwner: false });
  try {
    const added = await ctx.db.transaction(async (tx) => {
      const { organisation } = await lockForChange(tx, ctx, "member:add", input.organisationId);
      const user = email ? await userByEmail(tx, email) : isUuid(input.userId) ? await userById(tx, input.userId) : null;
      if (!user) throw new AppError("USER_NOT_FOUND", "No account has that id or email.", hasEmail ? "email" : "userId");
      const membership = await insertMembership(tx, { organisationId: organisation.id, userId: user.id, role });
      await leaveMailboxMessage(tx, {
        userId: user.id,
        kind: "member.added",
        title: `You were added to ${organisation.name}`,
        body: `You are now ${article(role)} of ${organisation.name} (@${organisation.handle}).`,
        organisationId: organisation.id,
      });
      await recordActivity(tx, ctx, {
        organisationId: organisation.id,
        action: "member.added",
        targetType: "user",
        targetId: user.id,
        metadata: { email: user.email, role },
      });
      return { membership, user, organisation };
    });
    forgetMembersOf(ctx, added.organisation.id);
    return added;
  } catch (error) {
    if (violatedUniqueConstraint(error) === "organisation_members_org_user_unique") {
      throw new AppError("ALREADY_MEMBER", "That user is already a member of this organisation.", hasEmail ? "email" : "userId");
    }
    throw error;
  }
}

async function lockTarget(tx: Db, organisationId: string, userId: unknown): Promise<MembershipRow> {
  const membership = isUuid(userId) ? await lockMembership(tx, organisationId, userId) : null;
  if (!membership) throw new AppError("MEMBER_NOT_FOUND", "That user is not a member of this organisation.", "userId");
  return membership;
}

export type SetMemberRoleInput = { organisationId: string; userId: unknown; role: unknown };
/** The target's membership and the organisation as they now are, and every membership whose role changed (none, one, or two for a transfer). */
export type RoleChange = { membership: MembershipRow; organisation: OrganisationRow; changed: MembershipRow[] };

/**
 * Changes a member's role. The owner (or a platform admin) may make anyone else admin or member, or
 * make another member `owner`: ownership then moves, and the old owner becomes an admin, in the same
 * transaction. An admin may change members and admins but never the owner, and cannot grant `owner`.
 * The owner's own role changes only by transferring ownership.
 */
export async function setMemberRole(ctx: RequestContext, input: SetMemberRoleInput): Promise<RoleChange> {
  const change = await ctx.db.transaction(async (tx): Promise<RoleChange> => {
    // Locking first means two concurrent changes see each other's result: the second ownership
    // transfer finds its caller is no longer the owner.
    const { organisation, actor } = await lockForChange(tx, ctx, "member:set-role", input.organisationId);
    const role = checkRole(input.role, "role", { allowOwner: true });
    const target = await lockTarget(tx, organisation.id, input.userId);

    if (!mayChangeRoleOf(actor, target.role)) {
      if (role === "owner") return { membership: target, organisation, changed: [] };
      if (!actsAsOwner(actor)) throw forbidden("Only the owner can change the owner's role.");
      throw new AppError("OWNER_MUST_TRANSFER", "The owner's role changes only by making another member the owner.", "role");
    }
    if (!mayGrantRole(actor, role)) throw forbidden("Only the owner can transfer ownership.");
    if (role === "owner") return transferOwnership(tx, ctx, organisation, target);
    if (role === target.role) return { membership: target, organisation, changed: [] };

    const membership = await setMembershipRole(tx, organisation.id, target.userId, role);
    await leaveMailboxMessage(tx, {
      userId: target.userId,
      kind: "member.role_changed",
      title: `Your role in ${organisation.name} changed`,
      body: `You are now ${article(role)} of ${organisation.name} (@${organisation.handle}); you were ${article(target.role)}.`,
      organisationId: organisation.id,
    });
    await recordActivity(tx, ctx, {
      organisationId: organisation.id,
      action: "member.role_changed",
      targetType: "user",
      targetId: target.userId,
      metadata: { from: target.role, to: role },
    });
    return { membership, organisation, changed: [membership] };
  });
  forgetMembersOf(ctx, change.organisation.id);
  return change;
}

/**
 * Moves ownership to `target` in the caller's transaction. Order matters: the old owner's row becomes
 * admin first (the one-owner index is checked per statement), then the new owner's, then ownerId (the
 * deferred foreign key is checked at commit).
 */
async function transferOwnership(tx: Db, ctx: RequestContext, organisation: OrganisationRow, target: MembershipRow): Promise<RoleChange> {
  const previousOwnerId = organisation.ownerId;
  await lockMembership(tx, organisation.id, previousOwnerId);
  const previousOwner = await setMembershipRole(tx, organisation.id, previousOwnerId, "admin");
  const membership = await setMembershipRole(tx, organisation.id, target.userId, "owner");
  const updated = await setOrganisationOwner(tx, organisation.id, target.userId);
  const where = `${organisation.name} (@${organisation.handle})`;
  await leaveMailboxMessage(tx, {
    userId: target.userId,
    kind: "organisation.ownership_transferred",
    title: `You now own ${organisation.name}`,
    body: `Ownership of ${where} was transferred to you.`,
    organisationId: organisation.id,
  });
  if (ctx.viewer?.user.id !== previousOwnerId) {
    await leaveMailboxMessage(tx, {
      userId: previousOwnerId,
      kind: "organisation.ownership_transferred",
      title: `You no longer own ${organisation.name}`,
      body: `A platform administrator transferred ownership of ${where}; you are now an admin.`,
      organisationId: organisation.id,
    });
  }
  await recordActivity(tx, ctx, {
    organisationId: organisation.id,
    action: "organisation.ownership_transferred",
    targetType: "user",
    targetId: target.userId,
    metadata: { from: previousOwnerId, to: target.userId, newOwnerPreviousRole: target.role },
  });
  return { membership, organisation: updated, changed: [membership, previousOwner] };
}

/**
 * Any member but the owner (who must transfer ownership first): leaves the organisation. Their
 * active-organisation selection is cleared if it pointed here; their access ends with the membership.
 * Returns the organisation as they may see it now: null, unless they may still read it (a platform admin).
 */
export async function leaveOrganisation(ctx: RequestContext, organisationId: string): Promise<OrganisationRow | null> {
  const left = await ctx.db.transaction(async (tx) => {
    const { organisation, actor } = await lockForChange(tx, ctx, "member:leave", organisationId);
    if (!isMember(actor)) throw new AppError("NOT_A_MEMBER", "You are not a member of this organisation.");
    if (actor.role === "owner") {
      throw new AppError("OWNER_CANNOT_LEAVE", "The owner cannot leave. Make another member the owner first.");
    }
    const userId = ctx.viewer!.user.id;
    await clearActiveOrganisation(tx, userId, organisation.id);
    await deleteMembership(tx, organisation.id, userId);
    await recordActivity(tx, ctx, {
      organisationId: organisation.id,
      action: "member.left",
      targetType: "user",
      targetId: userId,
      metadata: { role: actor.role },
    });
    return { organisation, stillVisible: can({ role: null, isPlatformAdmin: actor.isPlatformAdmin }, "organisation:read") };
  });
  forgetMembersOf(ctx, left.organisation.id);
  return left.stillVisible ? left.organisation : null;
}

/**
 * The owner (or a platform admin) may remove anyone but the owner; an admin may remove members only.
 * The removed user's active-organisation selection is cleared if it pointed here, and they get a
 * mailbox message. Returns the membership as it was.
 */
export async function removeMember(
  ctx: RequestContext,
  input: { organisationId: string; userId: unknown },
): Promise<{ removed: MembershipRow; organisation: OrganisationRow }> {
  const result = await ctx.db.transaction(async (tx) => {
    const { organisation, actor } = await lockForChange(tx, ctx, "member:remove", input.organisationId);
    const target = await lockTarget(tx, organisation.id, input.userId);
    if (!mayRemove(actor, target.role)) {
      if (target.role !== "owner") throw forbidden("Only the owner can remove an admin.");
      if (!actsAsOwner(actor)) throw forbidden("The owner cannot be removed.");
      throw new AppError("OWNER_CANNOT_LEAVE", "The owner cannot be removed. Make another member the owner first.");
    }
    await clearActiveOrganisation(tx, target.userId, organisation.id);
    await deleteMembership(tx, organisation.id, target.userId);
    await leaveMailboxMessage(tx, {
      userId: target.userId,
      kind: "member.removed",
      title: `You were removed from ${organisation.name}`,
      body: `You are no longer a member of ${organisation.name} (@${organisation.handle}).`,
      organisationId: organisation.id,
    });
    await recordActivity(tx, ctx, {
      organisationId: organisation.id,
      action: "member.removed",
      targetType: "user",
      targetId: target.userId,
      metadata: { role: target.role },
    });
    return { removed: target, organisation };
  });
  forgetMembersOf(ctx, result.organisation.id);
  return result;
}
