/**
 * The authorization table: which organisation roles may take each action. It is checked in services
 * only, so GraphQL and REST cannot disagree. Platform admins may take every action on any organisation.
 * Someone who is not a member is told the organisation was not found: they learn nothing about it.
 */
import { and, eq } from "drizzle-orm";
import type { RequestContext } from "../context.ts";
import type { Db } from "../db/client.ts";
import { organisationMembers, type OrgRole } from "../db/schema.ts";
import { forbidden, notFound, unauthenticated } from "../errors.ts";
import { isUuid } from "../lib/ids.ts";

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
  const [row] = await tx
    .select({ role: organisationMembers.role })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)))
    .for("share");
  return row?.role ?? null;
}
