/**
 * The active organisation: a per-user choice, stored on the user, that decides the default views
 * (GET /api/servers, the default tunnel-device list; see src/lib/owned-resources.ts). The database keeps it pointing at one of the
 * user's memberships: leaving, being removed or the organisation being deleted clears it (migration 0003).
 */
import { isMember, lockForChange } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import type { UserRow } from "../users/tables.ts";
import { forbidden } from "../../errors.ts";
import { requireViewer } from "../../auth/viewer.ts";
import { setActiveOrganisationId } from "./queries.ts";
import { organisationLoaders } from "../organisations/loaders.ts";

/**
 * Members only: makes the organisation the viewer's active one. A platform admin who is not a member
 * is refused (FORBIDDEN): the selection must be a membership. Returns the updated user.
 */
export async function selectOrganisation(ctx: RequestContext, organisationId: string): Promise<UserRow> {
  const viewer = requireViewer(ctx);
  return ctx.db.transaction(async (tx) => {
    // The membership stays locked until commit, so it cannot be removed between the check and the update.
    const { actor } = await lockForChange(tx, ctx, "organisation:select", organisationId);
    if (!isMember(actor)) throw forbidden("Only members can make an organisation their active one.");
    return setActiveOrganisationId(tx, viewer.user.id, organisationId);
  });
}

/** Signed-in users: clears the active organisation, so the default views show personal items only. */
export async function clearActiveOrganisation(ctx: RequestContext): Promise<UserRow> {
  const viewer = requireViewer(ctx);
  return setActiveOrganisationId(ctx.db, viewer.user.id, null);
}

/** The viewer's active organisation, or null. */
export async function activeOrganisationOf(ctx: RequestContext, user: UserRow): Promise<OrganisationRow | null> {
  return user.activeOrganisationId ? organisationLoaders(ctx).byId.load(user.activeOrganisationId) : null;
}
