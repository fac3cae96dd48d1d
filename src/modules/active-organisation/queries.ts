/** SQL for the viewer's active organisation (a column of users). */
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { users } from "../users/tables.ts";

export async function setActiveOrganisationId(db: Db, userId: string, organisationId: string | null) {
  const [row] = await db
    .update(users)
    .set({ activeOrganisationId: organisationId, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning();
  return row!;
}
