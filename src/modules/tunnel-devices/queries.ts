/** SQL for tunnel devices. */
import { and, asc, count, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { organisations } from "../organisations/tables.ts";
import { tunnelDevices } from "./tables.ts";
import { users } from "../users/tables.ts";
import { pagesPerParent } from "../../db/pages.ts";
import { anyOf } from "../../db/sql.ts";

export async function insertTunnelDevice(
  db: Db,
  values: { name: string; organisationId: string | null; ownerUserId: string | null; createdById: string; enrollmentSecretHash: string },
) {
  const [row] = await db.insert(tunnelDevices).values(values).returning();
  return row!;
}

export async function lockTunnelDevice(db: Db, id: string) {
  const [row] = await db.select().from(tunnelDevices).where(eq(tunnelDevices.id, id)).for("update");
  return row ?? null;
}

export async function renameTunnelDeviceRow(db: Db, id: string, name: string) {
  const [row] = await db
    .update(tunnelDevices)
    .set({ name, updatedAt: sql`now()` })
    .where(eq(tunnelDevices.id, id))
    .returning();
  return row!;
}

export async function deleteTunnelDeviceRow(db: Db, id: string) {
  await db.delete(tunnelDevices).where(eq(tunnelDevices.id, id));
}

export async function tunnelDevicesOfOrganisations(db: Db, organisationIds: string[]) {
  return db.select().from(tunnelDevices).where(anyOf(tunnelDevices.organisationId, organisationIds)).orderBy(asc(tunnelDevices.id));
}

export async function personalTunnelDevicesOfUsers(db: Db, userIds: string[]) {
  return db
    .select()
    .from(tunnelDevices)
    .where(and(anyOf(tunnelDevices.ownerUserId, userIds), isNull(tunnelDevices.organisationId)))
    .orderBy(asc(tunnelDevices.id));
}

export type TunnelDevicePageShape = { first: number; afterId: string | null };

/**
 * Up to `first + 1` devices per organisation, oldest first after `afterId`, for many organisations in one
 * statement. A LATERAL subquery per organisation walks tunnel_devices_organisation_id_idx (organisation_id, id) and
 * stops after `first + 1` rows, so a page costs the same however many devices the organisation has.
 */
export async function tunnelDevicePagesOfOrganisations(db: Db, organisationIds: string[], { first, afterId }: TunnelDevicePageShape) {
  return pagesPerParent(db, {
    parents: organisations,
    parentId: organisations.id,
    parentIds: organisationIds,
    children: tunnelDevices,
    childId: tunnelDevices.id,
    belongsToParent: eq(tunnelDevices.organisationId, organisations.id),
    afterId,
    limit: first + 1,
  });
}

/** Like tunnelDevicePagesOfOrganisations, for users' personal devices (tunnel_devices_owner_user_id_idx: owner_user_id, id). */
export async function personalTunnelDevicePagesOfUsers(db: Db, userIds: string[], { first, afterId }: TunnelDevicePageShape) {
  return pagesPerParent(db, {
    parents: users,
    parentId: users.id,
    parentIds: userIds,
    children: tunnelDevices,
    childId: tunnelDevices.id,
    belongsToParent: eq(tunnelDevices.ownerUserId, users.id),
    where: isNull(tunnelDevices.organisationId),
    afterId,
    limit: first + 1,
  });
}

export async function tunnelDeviceCountsOfOrganisations(db: Db, organisationIds: string[]) {
  return db
    .select({ parentId: tunnelDevices.organisationId, total: count() })
    .from(tunnelDevices)
    .where(anyOf(tunnelDevices.organisationId, organisationIds))
    .groupBy(tunnelDevices.organisationId);
}

/** How many devices a default view lists: the user's personal ones plus the active organisation's. */
export async function defaultViewTunnelDeviceCount(db: Db, userId: string, activeOrganisationId: string | null) {
  const [row] = await db
    .select({ total: count() })
    .from(tunnelDevices)
    .where(
      or(
        and(eq(tunnelDevices.ownerUserId, userId), isNull(tunnelDevices.organisationId)),
        activeOrganisationId ? eq(tunnelDevices.organisationId, activeOrganisationId) : undefined,
      ),
    );
  return row?.total ?? 0;
}
