/** SQL for the viewer's active organisation (a column of users). */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { userColumns, users } from "../users/tables.ts";

export async function setActiveOrganisationId(db: Db, userId: string, organisationId: string | null) {
  const [row] = await db
    .update(users)
    .set({ activeOrganisationId: organisationId, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning(userColumns());
  return row!;
}

/** Clears the user's active organisation if it is this one (they left it or were removed). */
export async function clearActiveOrganisation(db: Db, userId: string, organisationId: string) {
  await db
    .update(users)
    .set({ activeOrganisationId: null, updatedAt: sql`now()` })
    .where(and(eq(users.id, userId), eq(users.activeOrganisationId, organisationId)));
}
