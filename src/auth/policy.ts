/**
 * The authorization table: which organisation roles may take each action. It is checked in services
 * only, so GraphQL and REST cannot disagree. Platform admins may take every action on any organisation.
 * Someone who is not a member is told the organisation was not found: they learn nothing about it.
 */
import type { RequestContext } from "../context.ts";
import type { Db } from "../db/client.ts";
import type { OrgRole } from "../modules/organisations/tables.ts";
import { AppError, forbidden, notFound, unauthenticated } from "../errors.ts";
import { isUuid } from "../lib/ids.ts";
import { lockedMembershipRole } from "../modules/members/queries.ts";
import { lockOrganisation } from "../modules/organisations/queries.ts";

const ANY_MEMBER = ["owner", "admin", "member"] as const;
const MANAGERS = ["owner", "admin"] as const;
const OWNER = ["owner"] as const;
const PLATFORM_ADMINS_ONLY = [] as const;

export const ORGANISATION_POLICY = {
  "organisation:read": ANY_MEMBER,
  "organisation:rename": MANAGERS,
  "organisation:set-tier": PLATFORM_ADMINS_ONLY,
  "organisation:delete": OWNER,
  "member:list": ANY_MEMBER,
  "activity:read": ANY_MEMBER,
  // Issue 3: the membership lifecycle. Rules that depend on the target's role (an admin may change or
  // remove members and admins but never the owner; only the owner grants `owner`) are checked in
  // src/modules/members/service.ts after these.
  "invite:create": MANAGERS,
  "invite:list": MANAGERS,
  "invite:resend": MANAGERS,
  "invite:revoke": MANAGERS,
  "invite:see-delivery": MANAGERS,
  "member:add": MANAGERS,
  "member:set-role": MANAGERS,
  "member:transfer-ownership": OWNER,
  "member:remove": MANAGERS,
  "member:leave": ANY_MEMBER,
  // Issue 4: servers, nodes, tunnel devices, the active organisation.
  "server:list": ANY_MEMBER,
  "server:create": MANAGERS,
  "server:delete": MANAGERS,
  "node:list": ANY_MEMBER,
  "tunnel-device:list": ANY_MEMBER,
  "tunnel-device:manage": MANAGERS,
  /** Members only: a platform admin who is not a member is refused by the service (the selection must name a membership). */
  "organisation:select": ANY_MEMBER,
} as const satisfies Record<string, readonly OrgRole[]>;

export type OrganisationAction = keyof typeof ORGANISATION_POLICY;

/** The decision alone, for a viewer whose role in the organisation is known. */
export function decide(
  isPlatformAdmin: boolean,
  action: OrganisationAction,
  role: OrgRole | null,
): "allow" | "not_found" | "forbidden" {
  if (isPlatformAdmin) return "allow";
  if (!role) return "not_found";
  return (ORGANISATION_POLICY[action] as readonly OrgRole[]).includes(role) ? "allow" : "forbidden";
}

/**
 * Throws unless the viewer may take `action` on the organisation; returns the viewer's role there (null
 * for a platform admin who is not a member). Inside a transaction pass `tx`: the membership is then read
 * there and locked until commit, so a concurrent role change cannot slip between check and write.
 */
export async function assertCan(
  ctx: RequestContext,
  action: OrganisationAction,
  organisationId: string,
  tx?: Db,
): Promise<OrgRole | null> {
  if (!ctx.viewer) throw unauthenticated();
  const role = isUuid(organisationId) ? await viewerRole(ctx, organisationId, tx) : null;
  const decision = decide(ctx.viewer.user.platformRole === "admin", action, role);
  if (decision === "not_found") throw notFound("Organisation");
  if (decision === "forbidden") throw forbidden();
  return role;
}

async function viewerRole(ctx: RequestContext, organisationId: string, tx?: Db): Promise<OrgRole | null> {
  const userId = ctx.viewer!.user.id;
  if (!tx) return (await ctx.loaders.members.byOrganisationAndUser.load({ organisationId, userId }))?.role ?? null;
  // Organisation first, then membership: the one lock order of every organisation-scoped change.
  if (!(await lockOrganisation(tx, organisationId))) return null;
  return lockedMembershipRole(tx, organisationId, userId);
}

/** Throws unless the viewer is a platform admin (node management is theirs alone). */
export function assertPlatformAdmin(ctx: RequestContext): void {
  if (!ctx.viewer) throw unauthenticated();
  if (ctx.viewer.user.platformRole !== "admin") throw forbidden("Only platform administrators may do this.");
}

/**
 * assertCan, and for a platform admin who is not a member also that the organisation exists: reads
 * must not answer an empty list for an organisation that is not there.
 */
export async function assertCanInExisting(ctx: RequestContext, action: OrganisationAction, organisationId: string): Promise<OrgRole | null> {
  const role = await assertCan(ctx, action, organisationId);
  if (!role && (!isUuid(organisationId) || !(await ctx.loaders.organisations.byId.load(organisationId)))) {
    throw notFound("Organisation");
  }
  return role;
}

/**
 * assertCan for an action on something the organisation owns (a server, a tunnel device): someone outside
 * the organisation is told `what` was not found, exactly as for an id that names nothing.
 */
export async function assertCanOnOwned(
  ctx: RequestContext,
  action: OrganisationAction,
  organisationId: string,
  what: string,
  tx?: Db,
): Promise<OrgRole | null> {
  try {
    return await assertCan(ctx, action, organisationId, tx);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw notFound(what);
    throw error;
  }
}
