/** The activity log: one row per change, written in the change's own transaction. */
import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../../db/columns.ts";
import { organisations } from "../organisations/tables.ts";
import { users } from "../users/tables.ts";

export const activityEntries = pgTable(
  "activity_entries",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    metadata: jsonb("metadata").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
    createdAt: createdAt(),
  },
  (t) => [
    index("activity_entries_org_id_idx").on(t.organisationId, t.id.desc().nullsFirst()),
    index("activity_entries_org_action_id_idx").on(t.organisationId, t.action, t.id.desc().nullsFirst()),
  ],
);

export type ActivityEntryRow = typeof activityEntries.$inferSelect;
