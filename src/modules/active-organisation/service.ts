/**
 * The active organisation: a per-user choice, stored on the user, that decides the default views
 * (GET /api/servers, the default tunnel-device list). The database keeps it pointing at one of the
 * user's memberships: leaving, being removed or the organisation being deleted clears it (migration 0003).
 */
import { assertCan } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import type { UserRow } from "../users/tables.ts";
import { forbidden, notFound } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { requireViewer } from "../users/service.ts";
import { setActiveOrganisationId } from "./queries.ts";

/**
 * Members only: makes the organisation the viewer's active one. A platform admin who is not a member
 * is refused (FORBIDDEN): the selection must be a membership. Returns the updated user.
 */
export async function selectOrganisation(ctx: RequestContext, organisationId: string): Promise<UserRow> {
  const viewer = requireViewer(ctx);
  const updated = await ctx.db.transaction(async (tx) => {
    // Locks the membership (FOR SHARE) so it cannot be removed between the check and the update.
    const role = await assertCan(ctx, "organisation:select", organisationId, tx);
    return role ? setActiveOrganisationId(tx, viewer.user.id, organisationId) : null;
  });
  if (updated) return updated;
  // A platform admin who is not a member (never the outer db inside the transaction: PGlite would deadlock).
  if (!isUuid(organisationId) || !(await ctx.loaders.organisations.byId.load(organisationId))) throw notFound("Organisation");
  throw forbidden("Only members can make an organisation their active one.");
}

/** Signed-in users: clears the active organisation, so the default views show personal items only. */
export async function clearActiveOrganisation(ctx: RequestContext): Promise<UserRow> {
  const viewer = requireViewer(ctx);
  return setActiveOrganisationId(ctx.db, viewer.user.id, null);
}

/** The viewer's active organisation, or null. */
export async function activeOrganisationOf(ctx: RequestContext, user: UserRow): Promise<OrganisationRow | null> {
  return user.activeOrganisationId ? ctx.loaders.organisations.byId.load(user.activeOrganisationId) : null;
}

/** Whose items a default view shows: the viewer, and their active organisation if they have one. */
function defaultViewScope(ctx: RequestContext, current: UserRow | undefined): DefaultViewScope {
  const viewer = requireViewer(ctx);
  const { activeOrganisationId } = current?.id === viewer.user.id ? current : viewer.user;
  return { userId: viewer.user.id, activeOrganisationId };
}

/**
 * What a default view lists: the viewer's personal items plus their active organisation's, oldest first.
 * `current` is the viewer's row as a mutation just left it (selectOrganisation's payload), when there is
 * one. No permission check is needed: the database keeps the active organisation one of the viewer's
 * memberships (migration 0003).
 *
 * For a page, each load returns its side's first `first + 1` items after the cursor: both sides are
 * ordered by id, so the first `first + 1` of the merged list are the combined set's, and `toPage` cuts it.
 */
export async function personalPlusActiveOrganisation<T extends { id: string }>(
  ctx: RequestContext,
  current: UserRow | undefined,
  load: { personal: (userId: string) => Promise<T[]>; ofOrganisation: (organisationId: string) => Promise<T[]> },
): Promise<T[]> {
  const { userId, activeOrganisationId } = defaultViewScope(ctx, current);
  const [personal, organisation] = await Promise.all([
    load.personal(userId),
    activeOrganisationId ? load.ofOrganisation(activeOrganisationId) : [],
  ]);
  return [...personal, ...organisation].sort((a, b) => (a.id < b.id ? -1 : 1));
}

export type DefaultViewScope = { userId: string; activeOrganisationId: string | null };

/**
 * How many items personalPlusActiveOrganisation lists in all. `count` gets the whole scope, so it can be
 * one statement, and one that never shares a batch with the organisations' own counts (which would make
 * a query's statement count depend on timing).
 */
export async function countPersonalPlusActiveOrganisation(
  ctx: RequestContext,
  current: UserRow | undefined,
  count: (scope: DefaultViewScope) => Promise<number>,
): Promise<number> {
  return count(defaultViewScope(ctx, current));
}
