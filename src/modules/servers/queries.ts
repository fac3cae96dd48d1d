/**
 * SQL for servers. The tier limit, the personal limit and node capacity are made atomic by row locks:
 * the organisation (organisations/queries.ts) or the user (users/queries.ts), then the node.
 */
import { and, asc, count, eq, isNull, or } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { organisations } from "../organisations/tables.ts";
import { servers } from "./tables.ts";
import { users } from "../users/tables.ts";
import { pagesPerParent } from "../../db/pages.ts";
import { anyOf } from "../../db/sql.ts";

export async function countOrganisationServers(db: Db, organisationId: string) {
  const [row] = await db.select({ total: count() }).from(servers).where(eq(servers.organisationId, organisationId));
  return row?.total ?? 0;
}

export async function countPersonalServers(db: Db, userId: string) {
  const [row] = await db.select({ total: count() }).from(servers).where(eq(servers.ownerUserId, userId));
  return row?.total ?? 0;
}

export async function insertServer(
  db: Db,
  values: { name: string; organisationId: string | null; ownerUserId: string | null; nodeId: string; createdById: string },
) {
  const [row] = await db.insert(servers).values(values).returning();
  return row!;
}

export async function lockServer(db: Db, id: string) {
  const [row] = await db.select().from(servers).where(eq(servers.id, id)).for("update");
  return row ?? null;
}

export async function deleteServerRow(db: Db, id: string) {
  await db.delete(servers).where(eq(servers.id, id));
}

export async function serversByIds(db: Db, ids: string[]) {
  return db.select().from(servers).where(anyOf(servers.id, ids));
}

export async function serversOfOrganisations(db: Db, organisationIds: string[]) {
  return db.select().from(servers).where(anyOf(servers.organisationId, organisationIds)).orderBy(asc(servers.id));
}

export async function personalServersOfUsers(db: Db, userIds: string[]) {
  return db
    .select()
    .from(servers)
    .where(and(anyOf(servers.ownerUserId, userIds), isNull(servers.organisationId)))
    .orderBy(asc(servers.id));
}

export async function serverCountsOfOrganisations(db: Db, organisationIds: string[]) {
  return db
    .select({ parentId: servers.organisationId, total: count() })
    .from(servers)
    .where(anyOf(servers.organisationId, organisationIds))
    .groupBy(servers.organisationId);
}

export type ServerPageShape = { first: number; afterId: string | null };

/**
 * Up to `first + 1` servers per organisation, oldest first after `afterId`, for many organisations in one
 * statement. A LATERAL subquery per organisation walks servers_organisation_id_idx (organisation_id, id) and
 * stops after `first + 1` rows, so a page costs the same however many servers the organisation has.
 */
export async function serverPagesOfOrganisations(db: Db, organisationIds: string[], { first, afterId }: ServerPageShape) {
  return pagesPerParent(db, {
    parents: organisations,
    parentId: organisations.id,
    parentIds: organisationIds,
    children: servers,
    childId: servers.id,
    belongsToParent: eq(servers.organisationId, organisations.id),
    afterId,
    limit: first + 1,
  });
}

/** Like serverPagesOfOrganisations, for users' personal servers (servers_owner_user_id_idx: owner_user_id, id). */
export async function personalServerPagesOfUsers(db: Db, userIds: string[], { first, afterId }: ServerPageShape) {
  return pagesPerParent(db, {
    parents: users,
    parentId: users.id,
    parentIds: userIds,
    children: servers,
    childId: servers.id,
    belongsToParent: eq(servers.ownerUserId, users.id),
    where: isNull(servers.organisationId),
    afterId,
    limit: first + 1,
  });
}

/** How many servers a default view lists: the user's personal ones plus the active organisation's. */
export async function defaultViewServerCount(db: Db, userId: string, activeOrganisationId: string | null) {
  const [row] = await db
    .select({ total: count() })
    .from(servers)
    .where(
      or(
        and(eq(servers.ownerUserId, userId), isNull(servers.organisationId)),
        activeOrganisationId ? eq(servers.organisationId, activeOrganisationId) : undefined,
      ),
    );
  return row?.total ?? 0;
}
