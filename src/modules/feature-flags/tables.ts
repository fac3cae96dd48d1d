/**
 * Feature flags, in the database so every Guildhall process sees a change at once: a global value per
 * flag (a missing row means the FEATURES setting decides) and optional per-organisation overrides.
 */
import { boolean, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { updatedAt } from "../../db/columns.ts";
import { organisations } from "../organisations/tables.ts";
import { users } from "../users/tables.ts";

export const featureFlags = pgTable("feature_flags", {
  name: text("name").primaryKey(),
  enabled: boolean("enabled").notNull(),
  updatedById: uuid("updated_by_id").references(() => users.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});

export const organisationFeatureFlags = pgTable(
  "organisation_feature_flags",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    enabled: boolean("enabled").notNull(),
    updatedById: uuid("updated_by_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ name: "organisation_feature_flags_pk", columns: [t.organisationId, t.name] })],
);

export type FeatureFlagRow = typeof featureFlags.$inferSelect;
export type OrganisationFeatureFlagRow = typeof organisationFeatureFlags.$inferSelect;
