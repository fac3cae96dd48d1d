/**
 * The shape of "a resource owned by an organisation or personally by a user" (servers, tunnel devices),
 * written once: its reads (keyset pages per owner, counts, the default view of personal items plus the
 * active organisation's), its batching, and who may change one. A domain supplies its table and its
 * actions; its service keeps what is its own (limits, placement, secrets, activity).
 */
import { and, count, eq, isNull, or } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import DataLoader from "dataloader";
import { authorize, lockForChange, type OrganisationAction } from "../auth/policy.ts";
import { requireViewer } from "../auth/viewer.ts";
import type { RequestContext } from "../context.ts";
import type { Db } from "../db/client.ts";
import { pagesPerParent } from "../db/pages.ts";
import { anyOf } from "../db/sql.ts";
import { notFound } from "../errors.ts";
import { organisations } from "../modules/organisations/tables.ts";
import type { UserRow } from "../modules/users/tables.ts";
import { users } from "../modules/users/tables.ts";
import { countLoader, pageLoader, rowLoader } from "./batch.ts";
import { isUuid } from "./ids.ts";
import { defineLoaders } from "./loaders.ts";
import { pageRequest, toPage, type PageArgs } from "./pagination.ts";

/** A table whose rows belong to an organisation (`organisation_id`) or, when that is null, to a user (`owner_user_id`). */
export type OwnedTable = PgTable & { id: PgColumn; organisationId: PgColumn; ownerUserId: PgColumn };
export type OwnedRow = { id: string; organisationId: string | null; ownerUserId: string | null };

export type OwnedResourceSpec = {
  /** What a caller is told was not found ("Server"). */
  what: string;
  /** The policy actions for reading an organisation's list and for changing one of its items. */
  listAction: OrganisationAction;
  manageAction: OrganisationAction;
};

type PageShape = { first: number; afterId: string | null };
type PageKey = PageShape & { parentId: string };
/** Whose items a default view lists: the viewer, and their active organisation if they have one. */
type DefaultViewScope = { userId: string; activeOrganisationId: string | null };

const PAGE = { defaultSize: 50, max: 100 };

export function ownedResource<T extends OwnedTable>(table: T, spec: OwnedResourceSpec) {
  type Row = T["$inferSelect"] & OwnedRow;
  const columns = table as unknown as { id: PgColumn; organisationId: PgColumn; ownerUserId: PgColumn };
  const personal = (userIds: readonly string[] | string) =>
    and(typeof userIds === "string" ? eq(columns.ownerUserId, userIds) : anyOf(columns.ownerUserId, userIds), isNull(columns.organisationId));

  // SQL: each page walks a (owner, id) index and stops after `first + 1` rows, for many owners in one statement.
  const queries = {
    byIds: (db: Db, ids: string[]) => db.select().from(table as PgTable).where(anyOf(columns.id, ids)) as unknown as Promise<Row[]>,
    lock: async (db: Db, id: string) => ((await db.select().from(table as PgTable).where(eq(columns.id, id)).for("update"))[0] ?? null) as Row | null,
    pagesOfOrganisations: (db: Db, organisationIds: string[], { first, afterId }: PageShape) =>
      pagesPerParent(db, {
        parents: organisations,
        parentId: organisations.id,
        parentIds: organisationIds,
        children: table,
        childId: columns.id,
        parentOfChild: columns.organisationId,
        afterId,
        limit: first + 1,
      }) as unknown as PromiseLike<Row[]>,
    personalPagesOfUsers: (db: Db, userIds: string[], { first, afterId }: PageShape) =>
      pagesPerParent(db, {
        parents: users,
        parentId: users.id,
        parentIds: userIds,
        children: table,
        childId: columns.id,
        parentOfChild: columns.ownerUserId,
        where: isNull(columns.organisationId),
        afterId,
        limit: first + 1,
      }) as unknown as PromiseLike<Row[]>,
    countsOfOrganisations: (db: Db, organisationIds: string[]) =>
      db
        .select({ parentId: columns.organisationId, total: count() })
        .from(table as PgTable)
        .where(anyOf(columns.organisationId, organisationIds))
        .groupBy(columns.organisationId) as Promise<{ parentId: string | null; total: number }[]>,
    countOfOrganisation: async (db: Db, organisationId: string) =>
      (await db.select({ total: count() }).from(table as PgTable).where(eq(columns.organisationId, organisationId)))[0]?.total ?? 0,
    countPersonal: async (db: Db, userId: string) =>
      (await db.select({ total: count() }).from(table as PgTable).where(personal(userId)))[0]?.total ?? 0,
    countDefaultView: async (db: Db, { userId, activeOrganisationId }: DefaultViewScope) =>
      (
        await db
          .select({ total: count() })
          .from(table as PgTable)
          .where(or(personal(userId), activeOrganisationId ? eq(columns.organisationId, activeOrganisationId) : undefined))
      )[0]?.total ?? 0,
    deleteRow: async (db: Db, id: string) => void (await db.delete(table as PgTable).where(eq(columns.id, id))),
  };

  const loaders = defineLoaders((db) => ({
    byId: rowLoader((ids) => queries.byIds(db, ids), (row) => row.id),
    pageByOrganisation: pageLoader<PageKey, Row>(
      async (ids, shape) => queries.pagesOfOrganisations(db, ids, shape),
      (row) => row.organisationId!,
    ),
    personalPageByUser: pageLoader<PageKey, Row>(
      async (ids, shape) => queries.personalPagesOfUsers(db, ids, shape),
      (row) => row.ownerUserId!,
    ),
    countByOrganisation: countLoader((ids) => queries.countsOfOrganisations(db, ids)),
    // One viewer per request, so one statement per scope; never batched with the organisations' own counts
    // (that would make a query's statement count depend on timing).
    defaultViewCount: new DataLoader<DefaultViewScope, number, string>(
      (scopes) => Promise.all(scopes.map((scope) => queries.countDefaultView(db, scope))),
      { cacheKeyFn: (scope) => `${scope.userId}|${scope.activeOrganisationId}` },
    ),
  }));

  return {
    queries,
    loaders,

    /** Members and platform admins: a page of the organisation's items, oldest first, and their total count. */
    async pageOfOrganisation(ctx: RequestContext, organisationId: string, args: PageArgs) {
      await authorize(ctx, spec.listAction, organisationId);
      const { first, afterId } = pageRequest(args, PAGE);
      const rows = await loaders(ctx).pageByOrganisation.load({ parentId: organisationId, first, afterId });
      return { page: toPage(rows, first), totalCount: () => loaders(ctx).countByOrganisation.load(organisationId) };
    },

    /**
     * Signed-in users: a page of their personal items plus their active organisation's, oldest first, and
     * its total. Each side loads its first `first + 1` items after the cursor: both are ordered by id, so
     * the first `first + 1` of the merged list are the combined set's. No permission check is needed: the
     * database keeps the active organisation one of the viewer's memberships (migration 0003). `current`
     * is the viewer's row as a mutation just left it (selectOrganisation's payload), when there is one.
     */
    async pageOfDefaultView(ctx: RequestContext, args: PageArgs, current?: UserRow) {
      const viewer = requireViewer(ctx);
      const { activeOrganisationId } = current?.id === viewer.user.id ? current : viewer.user;
      const scope = { userId: viewer.user.id, activeOrganisationId };
      const { first, afterId } = pageRequest(args, PAGE);
      const [own, ofOrganisation] = await Promise.all([
        loaders(ctx).personalPageByUser.load({ parentId: scope.userId, first, afterId }),
        activeOrganisationId ? loaders(ctx).pageByOrganisation.load({ parentId: activeOrganisationId, first, afterId }) : [],
      ]);
      const rows = [...own, ...ofOrganisation].sort((a, b) => (a.id < b.id ? -1 : 1));
      return { page: toPage(rows, first), totalCount: () => loaders(ctx).defaultViewCount.load(scope) };
    },

    /**
     * Inside a change's transaction: the item, locked, if the viewer may change it. An organisation's
     * item: its owners, admins and platform admins (the organisation is then locked too). A personal
     * item: its owner alone. Anyone else, and an item of another organisation than `organisationId`
     * (when given), is told it was not found.
     */
    async lockForChange(tx: Db, ctx: RequestContext, id: string, organisationId?: string): Promise<Row> {
      const viewer = requireViewer(ctx);
      const row = isUuid(id) ? await queries.lock(tx, id) : null;
      if (!row || (organisationId !== undefined && row.organisationId !== organisationId)) throw notFound(spec.what);
      if (row.organisationId) await lockForChange(tx, ctx, spec.manageAction, row.organisationId, { notFound: spec.what });
      else if (row.ownerUserId !== viewer.user.id) throw notFound(spec.what);
      return row;
    },
  };
}
