/**
 * SQL for servers beyond what every owned resource has (src/lib/owned-resources.ts). The tier limit,
 * the personal limit and node capacity are made atomic by row locks: the organisation or the user, then
 * the node.
 */
import type { Db } from "../../db/client.ts";
import { servers } from "./tables.ts";

export async function insertServer(
  db: Db,
  values: { name: string; organisationId: string | null; ownerUserId: string | null; nodeId: string; createdById: string },
) {
  const [row] = await db.insert(servers).values(values).returning();
  return row!;
}
