/** The organisations core: create, read, list, rename, change tier, delete. */
import { authorize, ensure, lockForChange } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import { PORTAL_TIERS, type OrganisationRow, type OrgRole, type PortalTier } from "./tables.ts";
import { AppError, invalidInput, notFound, violatedUniqueConstraint } from "../../errors.ts";
import { recordActivity } from "../activity/record.ts";
import { ORGANISATION_FIELD_ACTIONS, organisationTopic, publish } from "../../events/events.ts";
import { liveEvents } from "../../events/live.ts";
import { insertMembership, membershipPageOfUser } from "../members/queries.ts";
import { pageRequest, toPage, type Page, type PageArgs } from "../../lib/pagination.ts";
import { requireViewer } from "../../auth/viewer.ts";
import { checkHandle, checkName, handleProblem } from "./handles.ts";
import { lockUser } from "../users/queries.ts";
import { countOwnedOrganisations, deleteOrganisationRow, insertOrganisation, updateOrganisationRow } from "./queries.ts";
import { memberLoaders } from "../members/loaders.ts";
import { organisationLoaders } from "./loaders.ts";

/**
 * Any signed-in user: creates an organisation on the free tier with the caller as owner, in one
 * transaction. A taken handle is a HANDLE_TAKEN conflict, decided by the database's unique index; a
 * user may own at most ORGANISATIONS_PER_USER (counted under the user's row lock, so concurrent creates
 * cannot overshoot it).
 */
export async function createOrganisation(ctx: RequestContext, input: { name: unknown; handle: unknown }) {
  const viewer = requireViewer(ctx);
  const name = checkName(input.name);
  const handle = checkHandle(input.handle);
  try {
    return await ctx.db.transaction(async (tx) => {
      await lockUser(tx, viewer.user.id);
      const limit = ctx.config.limits.organisationsPerUser;
      if ((await countOwnedOrganisations(tx, viewer.user.id)) >= limit) {
        throw new AppError("ORGANISATION_LIMIT_REACHED", `You may own ${limit} organisations; delete one or transfer its ownership first.`);
      }
      const organisation = await insertOrganisation(tx, { name, handle, ownerId: viewer.user.id });
      await insertMembership(tx, { organisationId: organisation.id, userId: viewer.user.id, role: "owner" });
      await recordActivity(tx, ctx, {
        organisationId: organisation.id,
        action: "organisation.created",
        targetType: "organisation",
        targetId: organisation.id,
        metadata: { name, handle },
      });
      return organisation;
    });
  } catch (error) {
    if (violatedUniqueConstraint(error) === "organisations_handle_unique") {
      throw new AppError("HANDLE_TAKEN", `The handle "${handle}" is taken.`, "handle");
    }
    throw error;
  }
}

/** Members and platform admins: the organisation. Anyone else: NOT_FOUND. */
export async function getOrganisation(ctx: RequestContext, id: string): Promise<OrganisationRow> {
  await authorize(ctx, "organisation:read", id);
  const organisation = await organisationLoaders(ctx).byId.load(id);
  if (!organisation) throw notFound("Organisation");
  return organisation;
}

/** Like getOrganisation, by handle. */
export async function getOrganisationByHandle(ctx: RequestContext, handle: string): Promise<OrganisationRow> {
  requireViewer(ctx);
  const organisation = await organisationLoaders(ctx).byHandle.load(handle.trim().toLowerCase());
  if (!organisation) throw notFound("Organisation");
  return getOrganisation(ctx, organisation.id);
}

/** Signed-in users: whether a handle could be used for a new organisation right now. */
export async function handleAvailability(ctx: RequestContext, rawHandle: string) {
  requireViewer(ctx);
  const handle = rawHandle.trim();
  const problem = handleProblem(handle);
  if (problem) return { handle, available: false, taken: false, reason: problem };
  const taken = Boolean(await organisationLoaders(ctx).byHandle.load(handle));
  return { handle, available: !taken, taken, reason: taken ? "This handle is taken." : null };
}

/** Signed-in users: a page of the organisations they belong to, with their role in each, in join order (the REST list). */
export async function pageMyOrganisations(ctx: RequestContext, args: PageArgs): Promise<Page<{ id: string; organisation: OrganisationRow; role: OrgRole }>> {
  const viewer = requireViewer(ctx);
  const { first, afterId } = pageRequest(args, { defaultSize: 50, max: 100 });
  const rows = await membershipPageOfUser(ctx.db, viewer.user.id, { afterId, limit: first + 1 });
  for (const { membership, organisation } of rows) {
    memberLoaders(ctx).byOrganisationAndUser.prime({ organisationId: organisation.id, userId: viewer.user.id }, membership);
    organisationLoaders(ctx).byId.prime(organisation.id, organisation);
  }
  return toPage(
    rows.map(({ membership, organisation }) => ({ id: membership.id, organisation, role: membership.role })),
    first,
  );
}

/** Signed-in users: the organisations they belong to, with their role in each. */
export async function listMyOrganisations(ctx: RequestContext): Promise<{ organisation: OrganisationRow; role: OrgRole }[]> {
  const viewer = requireViewer(ctx);
  const rows = await memberLoaders(ctx).withOrganisationsByUser.load(viewer.user.id);
  for (const { membership, organisation } of rows) {
    memberLoaders(ctx).byOrganisationAndUser.prime({ organisationId: organisation.id, userId: viewer.user.id }, membership);
    organisationLoaders(ctx).byId.prime(organisation.id, organisation);
  }
  return rows.map(({ membership, organisation }) => ({ organisation, role: membership.role }));
}

export type UpdateOrganisationInput = { id: string; name?: unknown; portalTier?: unknown };

/**
 * Owners and admins may rename; only platform admins may change the portal tier. Each change is
 * recorded in the activity log in the same transaction.
 */
export async function updateOrganisation(ctx: RequestContext, input: UpdateOrganisationInput): Promise<OrganisationRow> {
  const wantsName = input.name !== undefined && input.name !== null;
  const wantsTier = input.portalTier !== undefined && input.portalTier !== null;
  return ctx.db.transaction(async (tx) => {
    const { organisation: before, actor } = await lockForChange(tx, ctx, "organisation:read", input.id);
    if (wantsName) ensure(actor, "organisation:rename");
    if (wantsTier) ensure(actor, "organisation:set-tier");
    const name = wantsName ? checkName(input.name) : undefined;
    const portalTier = wantsTier ? checkTier(input.portalTier) : undefined;
    const changes = {
      ...(name !== undefined && name !== before.name ? { name } : {}),
      ...(portalTier !== undefined && portalTier !== before.portalTier ? { portalTier } : {}),
    };
    if (!Object.keys(changes).length) return before;
    const after = await updateOrganisationRow(tx, input.id, changes);
    const target = { organisationId: after.id, targetType: "organisation", targetId: after.id };
    if (changes.name) {
      await recordActivity(tx, ctx, { ...target, action: "organisation.renamed", metadata: { from: before.name, to: after.name } });
    }
    if (changes.portalTier) {
      await recordActivity(tx, ctx, {
        ...target,
        action: "organisation.tier_changed",
        metadata: { from: before.portalTier, to: after.portalTier },
      });
    }
    return after;
  });
}

function checkTier(raw: unknown): PortalTier {
  if (typeof raw === "string" && (PORTAL_TIERS as readonly string[]).includes(raw)) return raw as PortalTier;
  throw invalidInput(`portalTier must be one of ${PORTAL_TIERS.join(", ")}.`, "portalTier");
}

/**
 * The owner or a platform admin: deletes the organisation and, through the database's cascades,
 * everything it owns, in one transaction. Its activity log goes with it, so the deletion itself is
 * written to the server log.
 */
export async function deleteOrganisation(ctx: RequestContext, id: string): Promise<string> {
  await ctx.db.transaction(async (tx) => {
    const { organisation } = await lockForChange(tx, ctx, "organisation:delete", id, { strength: "update" });
    await deleteOrganisationRow(tx, id);
    // Its activity log is gone with it: this tells its subscribers, whose next check then ends them (NOT_FOUND).
    await publish(tx, { kind: "organisation.deleted", organisationId: id });
    ctx.log.info({ organisationId: id, handle: organisation.handle, actorId: ctx.viewer?.user.id }, "organisation deleted");
  });
  return id;
}

/** For lists and detail views: the viewer's role in each organisation and its member count, batched. */
export async function withViewerRoleAndCount(ctx: RequestContext, organisation: OrganisationRow) {
  const viewer = requireViewer(ctx);
  const [membership, memberCount] = await Promise.all([
    memberLoaders(ctx).byOrganisationAndUser.load({ organisationId: organisation.id, userId: viewer.user.id }),
    memberLoaders(ctx).countByOrganisation.load(organisation.id),
  ]);
  return { organisation, orgRole: membership?.role ?? null, memberCount };
}

/**
 * Members and platform admins: the organisation each time one of its own fields (name, tier, avatar,
 * owner, enabled features) or its member count changes, checked again each time.
 */
export function watchOrganisation(ctx: RequestContext, id: string) {
  return liveEvents(ctx, {
    topic: organisationTopic(id),
    authorize: (ctx) => authorize(ctx, "organisation:read", id),
    select: (event, ctx) =>
      event.kind === "activity" && ORGANISATION_FIELD_ACTIONS.has(event.action) ? organisationLoaders(ctx).byId.load(id) : null,
  });
}
