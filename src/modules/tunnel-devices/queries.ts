/** SQL for tunnel devices beyond what every owned resource has (src/lib/owned-resources.ts). */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { tunnelDevices } from "./tables.ts";

export async function insertTunnelDevice(
  db: Db,
  values: { name: string; organisationId: string | null; ownerUserId: string | null; createdById: string; enrollmentSecretHash: string },
) {
  const [row] = await db.insert(tunnelDevices).values(values).returning();
  return row!;
}

export async function renameTunnelDeviceRow(db: Db, id: string, name: string) {
  const [row] = await db
    .update(tunnelDevices)
    .set({ name, updatedAt: sql`now()` })
    .where(eq(tunnelDevices.id, id))
    .returning();
  return row!;
}
