/** SQL for feature flags. */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { anyOf } from "../../db/sql.ts";
import { featureFlags, organisationFeatureFlags } from "./tables.ts";

export async function globalFlags(db: Db) {
  return db.select().from(featureFlags).orderBy(asc(featureFlags.name));
}

export async function organisationOverrides(db: Db, names: string[]) {
  return db
    .select()
    .from(organisationFeatureFlags)
    .where(anyOf(organisationFeatureFlags.name, names))
    .orderBy(asc(organisationFeatureFlags.name), asc(organisationFeatureFlags.organisationId));
}

/** For each organisation, its override of `name` and the global value (either may be missing), in one statement. */
export async function flagValuesFor(db: Db, name: string, organisationIds: string[]) {
  return db
    .select({
      organisationId: sql<string>`ids.id`,
      override: organisationFeatureFlags.enabled,
      global: featureFlags.enabled,
    })
    .from(sql`unnest(${sql.param(organisationIds)}::uuid[]) as ids(id)`)
    .leftJoin(organisationFeatureFlags, and(eq(organisationFeatureFlags.organisationId, sql`ids.id`), eq(organisationFeatureFlags.name, name)))
    .leftJoin(featureFlags, eq(featureFlags.name, name));
}

export async function upsertGlobalFlag(db: Db, values: { name: string; enabled: boolean; updatedById: string }) {
  const [row] = await db
    .insert(featureFlags)
    .values(values)
    .onConflictDoUpdate({ target: featureFlags.name, set: { enabled: values.enabled, updatedById: values.updatedById, updatedAt: sql`now()` } })
    .returning();
  return row!;
}

export async function lockGlobalFlag(db: Db, name: string) {
  const [row] = await db.select().from(featureFlags).where(eq(featureFlags.name, name)).for("update");
  return row ?? null;
}

export async function lockOrganisationFlag(db: Db, organisationId: string, name: string) {
  const [row] = await db
    .select()
    .from(organisationFeatureFlags)
    .where(and(eq(organisationFeatureFlags.organisationId, organisationId), eq(organisationFeatureFlags.name, name)))
    .for("update");
  return row ?? null;
}

export async function upsertOrganisationFlag(db: Db, values: { organisationId: string; name: string; enabled: boolean; updatedById: string }) {
  await db
    .insert(organisationFeatureFlags)
    .values(values)
    .onConflictDoUpdate({
      target: [organisationFeatureFlags.organisationId, organisationFeatureFlags.name],
      set: { enabled: values.enabled, updatedById: values.updatedById, updatedAt: sql`now()` },
    });
}

export async function deleteOrganisationFlag(db: Db, organisationId: string, name: string) {
  await db
    .delete(organisationFeatureFlags)
    .where(and(eq(organisationFeatureFlags.organisationId, organisationId), eq(organisationFeatureFlags.name, name)));
}
