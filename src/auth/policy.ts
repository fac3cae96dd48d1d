/**
 * The authorization policy, whole: which roles may take each action, and the rules that depend on whom
 * an action targets. Services decide access only through the functions below, so GraphQL and REST
 * cannot disagree (tests/authorization/policy-usage.test.ts fails on an entry no service checks, and on
 * a role comparison outside this file). Platform admins may take every action on any organisation.
 * Someone who is not a member is told the organisation was not found: they learn nothing about it.
 */
import type { RequestContext } from "../context.ts";
import type { Db } from "../db/client.ts";
import { forbidden, notFound, unauthenticated } from "../errors.ts";
import { isUuid } from "../lib/ids.ts";
import { memberLoaders } from "../modules/members/loaders.ts";
import { lockedMembershipRole } from "../modules/members/queries.ts";
import { organisationLoaders } from "../modules/organisations/loaders.ts";
import { lockOrganisation } from "../modules/organisations/queries.ts";
import type { OrganisationRow, OrgRole } from "../modules/organisations/tables.ts";

const ANY_MEMBER = ["owner", "admin", "member"] as const;
const MANAGERS = ["owner", "admin"] as const;
const OWNER = ["owner"] as const;
const PLATFORM_ADMINS_ONLY = [] as const;

/** Actions on one organisation, by domain: the organisation roles that may take each. */
export const ORGANISATION_POLICY = {
  // Organisations
  "organisation:read": ANY_MEMBER,
  "organisation:rename": MANAGERS,
  "organisation:set-tier": PLATFORM_ADMINS_ONLY,
  "organisation:delete": OWNER,
  /** Members only in practice: the service refuses a platform admin who is not a member (the selection must name a membership). */
  "organisation:select": ANY_MEMBER,
  // Activity
  "activity:read": ANY_MEMBER,
  /** Client addresses in the activity log. */
  "activity:see-addresses": MANAGERS,
  // Members
  "member:list": ANY_MEMBER,
  "member:add": MANAGERS,
  "member:set-role": MANAGERS,
  "member:transfer-ownership": OWNER,
  "member:remove": MANAGERS,
  "member:leave": ANY_MEMBER,
  // Invites
  "invite:create": MANAGERS,
  "invite:list": MANAGERS,
  "invite:resend": MANAGERS,
  "invite:revoke": MANAGERS,
  /** How an invite's latest email fared. */
  "invite:see-delivery": MANAGERS,
  // Servers
  "server:list": ANY_MEMBER,
  "server:create": MANAGERS,
  "server:delete": MANAGERS,
  // Nodes
  "node:list": ANY_MEMBER,
  // Tunnel devices
  "tunnel-device:list": ANY_MEMBER,
  "tunnel-device:manage": MANAGERS,
  // Avatars
  "avatar:set": MANAGERS,
  // DNS
  "dns:read": ANY_MEMBER,
  "dns:write": MANAGERS,
} as const satisfies Record<string, readonly OrgRole[]>;

/** Actions that concern no one organisation: platform admins alone may take them. */
export const PLATFORM_POLICY = [
  "node:create",
  "node:update",
  "node:delete",
  "node:assign",
  /** Every node, and each node's daemon address and last change. */
  "node:see-internals",
  /** Feature flags, global and per organisation. */
  "feature-flag:manage",
] as const;

export type OrganisationAction = keyof typeof ORGANISATION_POLICY;
export type PlatformAction = (typeof PLATFORM_POLICY)[number];

/** Who is acting on an organisation: their role there (null: not a member) and whether they run the platform. */
export type Actor = { role: OrgRole | null; isPlatformAdmin: boolean };

/** The decision alone, for an actor whose role is known. */
export function decide(actor: Actor, action: OrganisationAction): "allow" | "not_found" | "forbidden" {
  if (actor.isPlatformAdmin) return "allow";
  if (!actor.role) return "not_found";
  return (ORGANISATION_POLICY[action] as readonly OrgRole[]).includes(actor.role) ? "allow" : "forbidden";
}

/** Whether the actor may take the action (never throws). */
export const can = (actor: Actor, action: OrganisationAction): boolean => decide(actor, action) === "allow";

// Rules on the member an action targets, checked after the action itself is allowed.

/** The owner and platform admins act with the owner's authority (transfers, removing admins). */
export const actsAsOwner = (actor: Actor): boolean => can(actor, "member:transfer-ownership");

/** An admin may change the role of members and admins; the owner's role changes only by a transfer. */
export const mayChangeRoleOf = (_actor: Actor, targetRole: OrgRole): boolean => targetRole !== "owner";

/** Only the owner (or a platform admin) may make someone the owner. */
export const mayGrantRole = (actor: Actor, role: OrgRole): boolean => role !== "owner" || actsAsOwner(actor);

/** Admins may remove members; the owner may also remove admins. Nobody removes the owner. */
export const mayRemove = (actor: Actor, targetRole: OrgRole): boolean =>
  targetRole === "member" || (targetRole === "admin" && actsAsOwner(actor));

const isPlatformAdmin = (ctx: Pick<RequestContext, "viewer">) => ctx.viewer?.user.platformRole === "admin";

/** Whether the actor is a member at all (a platform admin need not be). */
export const isMember = (actor: Actor): boolean => actor.role !== null;

/** Throws unless the actor, already known, may also take `action` (a change that needs two permissions). */
export function ensure(actor: Actor, action: OrganisationAction): void {
  enforce(actor, action, "Organisation");
}

function enforce(actor: Actor, action: OrganisationAction, missing: string): void {
  const decision = decide(actor, action);
  if (decision === "not_found") throw notFound(missing);
  if (decision === "forbidden") throw forbidden();
}

export type AuthorizeOptions = {
  /** What someone outside the organisation is told was not found (a server, a device): default the organisation. */
  notFound?: string;
};

/**
 * For reads: throws unless the viewer may take `action` on the organisation, and returns them as an
 * actor. A platform admin who is not a member must name an organisation that exists: a read must not
 * answer an empty list for one that is not there.
 */
export async function authorize(ctx: RequestContext, action: OrganisationAction, organisationId: string, options: AuthorizeOptions = {}): Promise<Actor> {
  if (!ctx.viewer) throw unauthenticated();
  const missing = options.notFound ?? "Organisation";
  if (!isUuid(organisationId)) throw notFound(missing);
  const membership = await memberLoaders(ctx).byOrganisationAndUser.load({ organisationId, userId: ctx.viewer.user.id });
  const actor = { role: membership?.role ?? null, isPlatformAdmin: isPlatformAdmin(ctx) };
  enforce(actor, action, missing);
  if (!actor.role && !(await organisationLoaders(ctx).byId.load(organisationId))) throw notFound(missing);
  return actor;
}

/**
 * Whether the viewer may take `action` on the organisation (never throws): for what a field shows. At once
 * when the request has already read the viewer's membership there (a field asked for each row of a page).
 */
export function viewerCan(ctx: RequestContext, action: OrganisationAction, organisationId: string): boolean | Promise<boolean> {
  if (!ctx.viewer) return false;
  if (isPlatformAdmin(ctx)) return true;
  const key = { organisationId, userId: ctx.viewer.user.id };
  const loaders = memberLoaders(ctx);
  const read = loaders.readAlready(key);
  // No closure made on the way taken for each row: the build keeps function names (keepNames), and naming one costs.
  if (read !== undefined) return memberCan(read, action);
  return loaders.byOrganisationAndUser.load(key).then((membership) => memberCan(membership, action));
}

function memberCan(membership: { role: OrgRole } | null, action: OrganisationAction): boolean {
  return can({ role: membership?.role ?? null, isPlatformAdmin: false }, action);
}

export type LockOptions = AuthorizeOptions & {
  /** `update` blocks everything that references the organisation (deleting it); the default lets inserts that merely reference it through. */
  strength?: "no key update" | "update";
};

/**
 * For a change, inside its transaction: locks the organisation, then reads the viewer's membership
 * there (locked until commit), then decides. Every organisation-scoped change starts here, so such
 * changes run one after another, always lock in the same order (organisation, then memberships and the
 * rest), and a concurrent role change cannot slip between check and write. Permission is read once.
 */
export async function lockForChange(
  tx: Db,
  ctx: RequestContext,
  action: OrganisationAction,
  organisationId: string,
  options: LockOptions = {},
): Promise<{ organisation: OrganisationRow; actor: Actor }> {
  if (!ctx.viewer) throw unauthenticated();
  const missing = options.notFound ?? "Organisation";
  const organisation = isUuid(organisationId) ? await lockOrganisation(tx, organisationId, options.strength) : null;
  if (!organisation) throw notFound(missing);
  const actor = { role: await lockedMembershipRole(tx, organisation.id, ctx.viewer.user.id), isPlatformAdmin: isPlatformAdmin(ctx) };
  enforce(actor, action, missing);
  return { organisation, actor };
}

/** Throws unless the viewer is a platform admin (the platform actions are theirs alone). */
export function authorizePlatform(ctx: RequestContext, _action: PlatformAction): void {
  if (!ctx.viewer) throw unauthenticated();
  if (!isPlatformAdmin(ctx)) throw forbidden("Only platform administrators may do this.");
}

/** Whether the viewer may take a platform action (never throws). */
export const viewerCanOnPlatform = (ctx: RequestContext, _action: PlatformAction): boolean => isPlatformAdmin(ctx);
