/** SQL for avatars. */
import { and, count, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { organisations } from "../organisations/tables.ts";
import { avatars } from "./tables.ts";

/**
 * Stores an image, or takes the row that already holds the same bytes. The no-op update on conflict
 * locks that row until commit, so a concurrent clean-up (deleteAvatarIfUnused) waits and then sees the
 * new reference instead of deleting the row under it.
 */
export async function upsertAvatar(db: Db, values: typeof avatars.$inferInsert) {
  await db
    .insert(avatars)
    .values(values)
    .onConflictDoUpdate({ target: avatars.fileName, set: { fileName: sql`excluded.file_name` } });
}

export async function avatarByFileName(db: Db, fileName: string) {
  const [row] = await db.select().from(avatars).where(eq(avatars.fileName, fileName));
  return row ?? null;
}

export async function setOrganisationAvatar(db: Db, organisationId: string, fileName: string | null) {
  const [row] = await db
    .update(organisations)
    .set({ avatarFileName: fileName, updatedAt: sql`now()` })
    .where(eq(organisations.id, organisationId))
    .returning();
  return row!;
}

/**
 * Deletes an image no organisation uses any more. The row is locked first, so a transaction that has just
 * started using it (and holds it through upsertAvatar or its foreign-key check) is waited for and counted.
 */
export async function deleteAvatarIfUnused(db: Db, fileName: string, exceptOrganisationId: string) {
  const [locked] = await db.select({ fileName: avatars.fileName }).from(avatars).where(eq(avatars.fileName, fileName)).for("update");
  if (!locked) return;
  const [users] = await db
    .select({ total: count() })
    .from(organisations)
    .where(and(eq(organisations.avatarFileName, fileName), ne(organisations.id, exceptOrganisationId)));
  if ((users?.total ?? 0) === 0) await db.delete(avatars).where(eq(avatars.fileName, fileName));
}
